// The editor's document model for plain text, shared by the TipTap editor and its tests.
// Lines are grouped into paragraphs of up to LINES_PER_BLOCK lines: inside a paragraph a line
// ends with a lineBreak node, and the boundary between paragraphs is a line end too. Every
// "\n" is therefore one or the other, and each "\f" is an inline pageBreak atom. textToDoc and
// docToText are exact inverses, whatever the grouping.
//
// Why groups: a 1 MB typescript has some 20,000 lines. As one block each, Chromium spent about
// 60 ms per keystroke here on the size of the DOM; in blocks of 40 lines it spends about 13 ms.

export const PAGE_BREAK_NODE = "pageBreak";
export const PAGE_BREAK_CHAR = "\f";
export const LINE_BREAK_NODE = "lineBreak";
export const LINES_PER_BLOCK = 40;

export interface DocJson {
  type: string;
  text?: string;
  content?: DocJson[];
}

/** ProseMirror JSON for `text`: paragraphs of lines, line breaks and page breaks as nodes. */
export function textToDoc(text: string): DocJson {
  const lines = text.split("\n");
  const blocks: DocJson[] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_BLOCK) blocks.push(linesToParagraph(lines.slice(i, i + LINES_PER_BLOCK)));
  return { type: "doc", content: blocks };
}

/** One paragraph holding `lines`, separated by line-break nodes. */
export function linesToParagraph(lines: readonly string[]): DocJson {
  const content: DocJson[] = [];
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: LINE_BREAK_NODE });
    line.split(PAGE_BREAK_CHAR).forEach((part, j) => {
      if (j > 0) content.push({ type: PAGE_BREAK_NODE });
      if (part) content.push({ type: "text", text: part });
    });
  });
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

/** The minimal node interface docToText reads; ProseMirror nodes satisfy it. */
export interface NodeLike {
  type: { name: string };
  text?: string | null;
  forEach(fn: (child: NodeLike) => void): void;
}

/** The plain text of a document node: paragraphs joined by "\n", line and page breaks as characters. */
export function docToText(doc: NodeLike): string {
  const blocks: string[] = [];
  doc.forEach((block) => blocks.push(inlineText(block)));
  return blocks.join("\n");
}

function inlineText(node: NodeLike): string {
  let out = "";
  node.forEach((child) => {
    if (child.type.name === "text") out += child.text ?? "";
    else if (child.type.name === PAGE_BREAK_NODE) out += PAGE_BREAK_CHAR;
    else if (child.type.name === LINE_BREAK_NODE) out += "\n";
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
