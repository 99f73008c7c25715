// The editor's document model for plain text, shared by the TipTap editor and its tests.
// One paragraph per line ("\n" separates paragraphs), text nodes keep tabs and runs of spaces,
// and each "\f" is an inline pageBreak atom. textToDoc and docToText are exact inverses.

export const PAGE_BREAK_NODE = "pageBreak";
export const PAGE_BREAK_CHAR = "\f";

export interface DocJson {
  type: string;
  text?: string;
  content?: DocJson[];
}

/** ProseMirror JSON for `text`: paragraphs for lines, pageBreak atoms for form feeds. */
export function textToDoc(text: string): DocJson {
  return { type: "doc", content: text.split("\n").map(lineToParagraph) };
}

/** The paragraph for one line (no "\n" inside). */
export function lineToParagraph(line: string): DocJson {
  const content: DocJson[] = [];
  line.split(PAGE_BREAK_CHAR).forEach((part, i) => {
    if (i > 0) content.push({ type: PAGE_BREAK_NODE });
    if (part) content.push({ type: "text", text: part });
  });
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

/** The minimal node interface docToText reads; ProseMirror nodes satisfy it. */
export interface NodeLike {
  type: { name: string };
  text?: string | null;
  forEach(fn: (child: NodeLike) => void): void;
}

/** The plain text of a document node: paragraphs joined by "\n", page breaks as "\f". */
export function docToText(doc: NodeLike): string {
  const lines: string[] = [];
  doc.forEach((block) => lines.push(inlineText(block)));
  return lines.join("\n");
}

function inlineText(node: NodeLike): string {
  let out = "";
  node.forEach((child) => {
    if (child.type.name === "text") out += child.text ?? "";
    else if (child.type.name === PAGE_BREAK_NODE) out += PAGE_BREAK_CHAR;
    else out += inlineText(child);
  });
  return out;
}

/** docToText for JSON, for tests and server-side checks. */
export function jsonToText(doc: DocJson): string {
  const wrap = (n: DocJson): NodeLike => ({
    type: { name: n.type },
    text: n.text,
    forEach: (fn) => (n.content ?? []).forEach((c) => fn(wrap(c))),
  });
  return docToText(wrap(doc));
}
