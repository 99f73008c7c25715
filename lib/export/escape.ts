// Text from documents goes out as text: escaped for XML and HTML, with the characters XML 1.0
// cannot carry at all replaced, so that every export is well-formed whatever the OCR holds.

/** XML 1.0 forbids these even as character references: C0 controls but tab, LF and CR, U+FFFE/U+FFFF, lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** U+FFFD stands in for a character XML cannot carry. */
const REPLACEMENT = "\uFFFD";

function replaceNonXml(text: string): string {
  return text.replace(NOT_XML, REPLACEMENT);
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;", "\r": "&#xD;" };

/** Escapes text for XML content and attributes (">" too, so "]]>" never appears). */
export function escapeXml(text: string): string {
  return replaceNonXml(text).replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c]);
}

/** HTML text and attribute values: the same rules serve both. */
export const escapeHtml = escapeXml;

/**
 * A valid XML name (NCName) from any id, and a different one for every id: characters outside
 * [A-Za-z0-9.-] are spelled as "_" + hex code point + "_" (usernames migrated from old author
 * names may be Cyrillic, and two of them must not collide).
 */
export function xmlId(prefix: string, id: string): string {
  return `${prefix}-${[...id].map((c) => (/[A-Za-z0-9.-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}_`)).join("")}`;
}
