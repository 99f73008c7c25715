/** An origin that no request can have: paths are resolved against it to see where they lead. */
const PROBE_ORIGIN = "http://workbench.invalid";

// Backslashes and controls are where browsers and URL parsers disagree: Chromium reads
// "/\evil.example" and "/<TAB>/evil.example" as "//evil.example", another host. Refuse them
// outright, in the value and in its percent-decoded form, rather than guess which reading wins.
const AMBIGUOUS = /[\\\u0000-\u001f\u007f]/;

/**
 * The path to go to after signing in, or "/" when `next` could lead anywhere but this site.
 * Accepts only a path that, resolved against the app's own origin, stays on that origin, and
 * returns it normalised (so "/a/../b" comes back as "/b" and never as "//host").
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || AMBIGUOUS.test(next) || AMBIGUOUS.test(safeDecode(next))) return "/";
  let url: URL;
  try {
    url = new URL(next, PROBE_ORIGIN);
  } catch {
    return "/";
  }
  if (url.origin !== PROBE_ORIGIN) return "/";
  const path = url.pathname + url.search + url.hash;
  return path.startsWith("//") ? "/" : path;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    // Malformed escapes ("%E0%A4%A") cannot hide a backslash that a browser would decode.
    return value;
  }
}
