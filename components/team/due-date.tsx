"use client";
import { useEffect, useState } from "react";

const FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "due 31 Jan 2027", marked overdue once the day has passed where the reader is (known only in the browser). */
export function DueDate({ day }: { day: string }) {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    setLate(day < today);
  }, [day]);
  return (
    <time dateTime={day} className={late ? "due--late" : undefined}>
      due {FORMAT.format(new Date(`${day}T00:00:00Z`))}{late ? " (overdue)" : ""}
    </time>
  );
}
