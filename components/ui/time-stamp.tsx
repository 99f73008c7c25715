const FORMAT = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** A date shown the same on server and client (UTC), with the exact ISO time on hover. */
export function TimeStamp({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={iso}>
      {FORMAT.format(new Date(iso))} UTC
    </time>
  );
}
