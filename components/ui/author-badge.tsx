"use client";
import { useState } from "react";
import { AuthorForm } from "./author-form";

/** The header's "working as" line, with a way to set or change the name. */
export function AuthorBadge({ name }: { name: string | null }) {
  const [editing, setEditing] = useState(false);
  if (!name && !editing) {
    return (
      <div className="author-badge">
        <button type="button" className="link-button" onClick={() => setEditing(true)}>Set your name</button>
      </div>
    );
  }
  if (editing) {
    return (
      <div className="author-badge">
        <AuthorForm prompt="Your name:" initial={name ?? ""} onSaved={() => setEditing(false)} />
      </div>
    );
  }
  return (
    <div className="author-badge">
      Working as <strong>{name}</strong>{" "}
      <button type="button" className="link-button" onClick={() => setEditing(true)}>change</button>
    </div>
  );
}
