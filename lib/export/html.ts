import { escapeHtml } from "./escape";
import { findCorrections } from "./provenance";
import { annotationParts, buildStructure, isLaidOut, renderRange, type SpanNode } from "./structure";
import type { Correction, ExportDocument, ExportEntity } from "./types";
import { readableValue, recordRows } from "../records/record-rows";
import { redactionSummary } from "../records/redaction";

// A self-contained reading edition: one HTML file with its own stylesheet and no script. The
// accepted text reads cleanly; each correction shows the OCR reading on hover and has a
// numbered entry in the apparatus (OCR → accepted, revision, who accepted it, when); names link
// to an index of entities; comments are notes. All document text is escaped.

const TAG_LABELS: Record<string, string> = {
  person: "Person", place: "Place", organization: "Organization", date: "Date", unclear: "Unclear reading",
  supplied: "Editorial addition", redaction: "Redaction", comment: "Comment",
};

const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const day = (iso: string | null) => (iso ? DATE.format(new Date(iso)) : "");

/** Text escaped, with `pageBreak` writing each form feed (line breaks stay: paragraphs are pre-wrap). */
function textWithBreaks(text: string, pageBreak: () => string): string {
  let out = "";
  for (const part of text.split(/(\n|\f)/)) {
    // The paragraphs are pre-wrap: line breaks, tabs and runs of spaces show as typed.
    if (part === "\n") out += "\n";
    else if (part === "\f") out += pageBreak();
    else out += escapeHtml(part);
  }
  return out;
}

const provenance = (c: Correction) =>
  `revision ${c.seq}${c.approvedBy ? `, accepted by ${c.approvedBy.displayName}` : ""}${c.approvedAt ? `, ${day(c.approvedAt)}` : ""}`;

export function toHtml(doc: ExportDocument): string {
  const corrections = findCorrections(doc.revisionTexts, doc.revisions);
  const structure = buildStructure(doc.text, corrections, doc.annotations);
  const parts = annotationParts(structure);
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const notes: { n: number; id: string; text: string }[] = [];

  const render = (node: SpanNode, inner: string): string => {
    const span = node.span;
    if (span.kind === "correction") {
      const c = span.correction;
      const n = span.index + 1;
      const title = `${!c.sic ? `Added: ${c.corr}` : !c.corr ? `Deleted: ${c.sic}` : `OCR: ${c.sic} → ${c.corr}`} · ${provenance(c)}`;
      const ref = `<a class="fnref" id="c${n}-ref" href="#c${n}">${n}</a>`;
      return c.corr
        ? `<span class="corr" title="${escapeHtml(title)}">${inner}</span>${ref}`
        : `<span class="corr corr--deleted" title="${escapeHtml(title)}"></span>${ref}`;
    }
    const a = span.annotation;
    const part = parts.get(node)!;
    const entity = a.entityId ? entities.get(a.entityId) : undefined;
    const title = [TAG_LABELS[a.tag] ?? a.tag, entity?.name, redactionSummary(a), a.body].filter(Boolean).join(": ");
    let after = "";
    if (!part.next && entity) after += `<a class="entref" href="#ent-${escapeHtml(entity.id)}" title="${escapeHtml(entity.name)}">°</a>`;
    if (!part.next && a.body) {
      const n = notes.length + 1;
      notes.push({ n, id: part.id, text: a.body });
      after += `<a class="fnref fnref--note" id="n${n}-ref" href="#n${n}">${String.fromCharCode(96 + ((n - 1) % 26) + 1)}${n > 26 ? n : ""}</a>`;
    }
    return `<span class="ann ann--${escapeHtml(a.tag)}" title="${escapeHtml(title)}">${inner}</span>${after}`;
  };

  // Pages are numbered in text order, between paragraphs and inside them alike.
  let page = 1;
  const pageBreak = () => `<p class="pb" role="separator">page ${++page}</p>`;
  const inlinePageBreak = () => `<span class="pb" role="separator">page ${++page}</span>`;
  const writeText = (text: string) => textWithBreaks(text, inlinePageBreak);
  const body = structure.paragraphs
    .map((p) => {
      const before = Array.from({ length: p.pageBreaksBefore }, pageBreak).join("");
      // Tab-laid blocks keep their columns: monospaced, unwrapped on screen (see STYLE).
      const layout = isLaidOut(doc.text.slice(p.start, p.end)) ? ' class="layout"' : "";
      return `${before}<p${layout}>${renderRange(doc.text, p.start, p.end, p.children, writeText, render)}</p>`;
    })
    .join("\n") + Array.from({ length: structure.trailingPageBreaks }, pageBreak).join("");

  const apparatus = corrections
    .map((c, i) => {
      const n = i + 1;
      const what = !c.sic
        ? `<span class="corr-reading">${escapeHtml(c.corr)}</span> added`
        : !c.corr
          ? `<span class="sic">${escapeHtml(c.sic)}</span> deleted`
          : `OCR <span class="sic">${escapeHtml(c.sic)}</span> → <span class="corr-reading">${escapeHtml(c.corr)}</span>`;
      return `<li id="c${n}">${what} <span class="muted">· ${escapeHtml(provenance(c))}</span> <a href="#c${n}-ref" aria-label="back to the text">↑</a></li>`;
    })
    .join("\n");
  const noteList = notes.map((n) => `<li id="n${n.n}">${escapeHtml(n.text)} <a href="#n${n.n}-ref" aria-label="back to the text">↑</a></li>`).join("\n");
  const index = [...doc.entities].sort((a, b) => a.name.localeCompare(b.name)).map(indexEntry).join("\n");
  const changes = doc.revisions
    .filter((r) => r.seq > 0)
    .map((r) => `<li>Revision ${r.seq}, ${day(r.createdAt)}: ${escapeHtml(r.message)} <span class="muted">(by ${escapeHtml(r.author?.displayName ?? "unknown")}${r.approvedBy ? `, accepted by ${escapeHtml(r.approvedBy.displayName)}` : ""})</span></li>`)
    .join("\n");

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(doc.title)}</h1>
<p class="meta">${doc.sourceRef ? `<span>${escapeHtml(doc.sourceRef)}</span> · ` : ""}${escapeHtml(doc.collection.name)} · ${corrections.length} correction${corrections.length === 1 ? "" : "s"} to the OCR · exported ${day(doc.exportedAt)}</p>
${recordList(doc)}${doc.collection.licence ? `<p class="licence">${escapeHtml(doc.collection.licence)}</p>` : ""}
</header>
<main class="text">
${body}
</main>
${corrections.length ? `<section class="apparatus" aria-labelledby="app-title"><h2 id="app-title">Corrections to the OCR</h2><ol>\n${apparatus}\n</ol></section>` : ""}
${notes.length ? `<section class="notes" aria-labelledby="notes-title"><h2 id="notes-title">Notes</h2><ol type="a">\n${noteList}\n</ol></section>` : ""}
${doc.entities.length ? `<section class="index" aria-labelledby="index-title"><h2 id="index-title">Index of names</h2><ul>\n${index}\n</ul></section>` : ""}
${changes ? `<section class="revisions" aria-labelledby="rev-title"><h2 id="rev-title">Revisions</h2><ol>\n${changes}\n</ol></section>` : ""}
</body>
</html>
`;
}

/** The record's filled fields as a definition list; none, nothing. */
function recordList(doc: ExportDocument): string {
  const rows = recordRows(doc.record);
  if (!rows.length) return "";
  const items = rows.map((r) => `<div><dt>${escapeHtml(r.field.label)}</dt><dd>${escapeHtml(r.values.map((v) => readableValue(r.field, v)).join("; "))}</dd></div>`);
  return `<dl class="record">${items.join("")}</dl>\n`;
}

function indexEntry(e: ExportEntity): string {
  const external = e.externalId
    ? /^Q\d+$/.test(e.externalId)
      ? ` · <a href="https://www.wikidata.org/wiki/${escapeHtml(e.externalId)}">Wikidata ${escapeHtml(e.externalId)}</a>`
      : ` · ${escapeHtml(e.externalId)}`
    : "";
  const variants = e.variants.length ? ` <span class="muted">(also ${e.variants.map(escapeHtml).join(", ")})</span>` : "";
  return `<li id="ent-${escapeHtml(e.id)}"><strong>${escapeHtml(e.name)}</strong> <span class="muted">${escapeHtml(TAG_LABELS[e.type] ?? e.type)}</span>${variants}${external}${e.notes ? `<br><span class="muted">${escapeHtml(e.notes)}</span>` : ""}</li>`;
}

const STYLE = `
:root { color: #1d232b; background: #fff; }
body { max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; font: 17px/1.6 Georgia, "Times New Roman", serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin-bottom: 0.25rem; }
h2 { font-size: 1.1rem; margin-top: 2.5rem; border-top: 1px solid #d9dee4; padding-top: 1rem; }
.meta, .muted, .licence { color: #5d6875; font-size: 0.9rem; }
.record { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.25rem 1.5rem; margin: 0.75rem 0; font: 0.85rem/1.4 system-ui, sans-serif; }
.record dt { color: #5d6875; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; }
.record dd { margin: 0; }
.text p { margin: 0 0 1em; white-space: pre-wrap; }
.text p.layout { font: 0.8rem/1.5 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; white-space: pre; tab-size: 8; overflow-x: auto; }
.corr { background: #eef6ee; border-bottom: 1px dotted #2f7a45; }
.corr--deleted::before { content: "⌫"; color: #8a1c1c; font-size: 0.8em; }
.fnref { font-size: 0.7em; vertical-align: super; text-decoration: none; margin-left: 1px; color: #2452a4; }
.fnref--note { color: #7a5300; }
.ann--person, .ann--place, .ann--organization { border-bottom: 2px solid #c9d5ec; }
.ann--unclear { background: #fde8e8; }
.ann--supplied { color: #0e5d6e; }
.ann--redaction { background: #1f2937; color: #fff; }
.entref { font-size: 0.75em; vertical-align: super; text-decoration: none; }
.pb { display: block; text-align: center; color: #5d6875; font: 0.8rem system-ui, sans-serif; letter-spacing: 0.1em; text-transform: uppercase; border-top: 1px dashed #c5ccd5; margin: 1.5em 0 1em; padding-top: 0.25em; }
.apparatus li, .notes li, .index li, .revisions li { margin-bottom: 0.3rem; font-size: 0.95rem; }
.sic { font-family: ui-monospace, monospace; color: #8a1c1c; }
.corr-reading { font-family: ui-monospace, monospace; color: #0f5b2a; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .fnref, .entref { color: #000; }
  .pb { break-before: page; border: 0; }
  .text p.layout { white-space: pre-wrap; font-size: 8.5pt; overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`;
