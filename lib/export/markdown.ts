import { findCorrections } from "./provenance";
import { buildStructure, renderRange, type SpanNode } from "./structure";
import { readableValue, recordRows } from "../records/record-rows";
import { redactionSummary } from "../records/redaction";
import type { ExportDocument } from "./types";

// Markdown: the accepted text, its lines kept (a backslash ends each line, CommonMark's hard
// break), names linked to Wikidata where the entity has a QID, and everything else an editor
// added (entities without a link, comments) as footnotes.

/** Characters Markdown reads as markup anywhere in a line, and "<", ">", "&" so that no HTML gets through. */
const INLINE_SPECIAL = /[\\`*_[\]|~<>&]/g;
/** What makes a line a heading, quote, list item or rule when it starts the line. */
const LINE_START = /^(\s*)([#=+-]|\d+(?=[.)]))/;
const escapeInline = (text: string) => text.replace(INLINE_SPECIAL, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`));
const escapeMd = (text: string) =>
  text
    .split("\n")
    .map((line) => escapeInline(line).replace(LINE_START, (_, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`)))
    .join("\n");

function lines(text: string): string {
  let out = "";
  for (const part of text.split(/(\n|\f)/)) {
    if (part === "\n") out += "\\\n";
    else if (part === "\f") out += "\\\n\\[page break\\]\\\n";
    else out += escapeMd(part.replace(/\t/g, "    "));
  }
  return out;
}

export function toMarkdown(doc: ExportDocument): string {
  const corrections = findCorrections(doc.revisionTexts, doc.revisions);
  const structure = buildStructure(doc.text, corrections, doc.annotations);
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const footnotes: string[] = [];
  const footnote = (text: string) => {
    footnotes.push(`[^${footnotes.length + 1}]: ${escapeMd(text).replace(/\n/g, " ")}`);
    return `[^${footnotes.length}]`;
  };
  const render = (node: SpanNode, inner: string): string => {
    if (node.span.kind === "correction") return inner;
    const a = node.span.annotation;
    const entity = a.entityId ? entities.get(a.entityId) : undefined;
    const link = entity?.externalId && /^Q\d+$/.test(entity.externalId) ? `https://www.wikidata.org/wiki/${entity.externalId}` : null;
    let out = link ? `[${inner}](${link})` : inner;
    const redaction = redactionSummary(a);
    const said = [entity && !link ? `${entity.name} (${entity.type})` : null, redaction && `Redaction: ${redaction}`, a.body].filter(Boolean).join(": ");
    if (said) out += footnote(said);
    return out;
  };
  const page = structure.paragraphs.map((p) => {
    const breaks = "\\[page break\\]\n\n".repeat(p.pageBreaksBefore);
    return breaks + renderRange(doc.text, p.start, p.end, p.children, lines, render);
  });
  const record = recordRows(doc.record).map((r) => `- ${escapeMd(r.field.label)}: ${escapeMd(r.values.map((v) => readableValue(r.field, v)).join("; "))}`);
  const head = [`# ${escapeMd(doc.title)}`, "", doc.sourceRef ? `Source: ${escapeMd(doc.sourceRef)}` : null, ...(record.length ? ["", ...record, ""] : []), corrections.length ? `${corrections.length} correction(s) to the OCR.` : "No corrections to the OCR."]
    .filter((l) => l !== null)
    .join("\n");
  return `${head}\n\n${page.join("\n\n")}\n${footnotes.length ? `\n${footnotes.join("\n")}\n` : ""}`;
}
