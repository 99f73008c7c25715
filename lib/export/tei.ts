import { escapeXml, xmlId } from "./escape";
import { pageTexts } from "./page-words";
import { findCorrections } from "./provenance";
import { annotationParts, buildStructure, renderRange, splitLayoutSpace, type SpanNode, type Structure } from "./structure";
import type { Correction, ExportAnnotation, ExportDocument, ExportEntity, Person } from "./types";
import { readableValue, recordDateField, recordRows, w3cDateAttributes } from "../records/record-rows";
import { describeExtent, type Extent } from "../records/redaction";

// TEI P5 (validated against tei_all with jing in the tests). Corrections are choice/sic/corr
// (supplied where text was only added) pointing at the reviewer (@resp) and the revision
// (@change); annotations become names, dates, unclear, supplied or typed segs pointing at the
// entities in standOff; comments become notes. Crossing spans are split and linked with
// @prev/@next; blank lines make paragraphs, line breaks <lb/>, form feeds <pb/>.

const ELEMENT_FOR_TAG: Record<string, string> = {
  person: "persName",
  place: "placeName",
  organization: "orgName",
  date: "date",
  unclear: "unclear",
  supplied: "supplied",
};

const LIST_FOR_TYPE: Record<string, { list: string; item: string; name: string }> = {
  person: { list: "listPerson", item: "person", name: "persName" },
  place: { list: "listPlace", item: "place", name: "placeName" },
  organization: { list: "listOrg", item: "org", name: "orgName" },
};

/** Name elements carry @ref to the entity lists; other elements point with @corresp. */
const NAME_ELEMENTS = new Set(Object.values(LIST_FOR_TYPE).map((l) => l.name));

const userId = (p: Person) => xmlId("user", p.username);
const revisionId = (seq: number) => `rev-${seq}`;
const entityId = (id: string) => xmlId("ent", id);
const annotationId = (id: string) => xmlId("ann", id);

/**
 * Line breaks and form feeds as milestones (`pageBreak` writes each <pb/>), tabs and runs of
 * spaces as <space/> (XML would let a reader collapse them, and the typescript's columns with
 * them), everything else escaped.
 */
function textWithBreaks(text: string, pageBreak: () => string, lineFacs: (lineStart: number) => string = () => "", at = 0): string {
  let out = "";
  for (const part of text.split(/(\n|\f)/)) {
    if (part === "\n") out += `\n<lb${lineFacs(at + 1)}/>`;
    else if (part === "\f") out += pageBreak() + lineFacs(at + 1).replace(/^ (.*)$/, "<lb $1/>");
    else out += splitLayoutSpace(part).map(spaceOrText).join("");
    at += part.length;
  }
  return out;
}

function spaceOrText(piece: string, i: number): string {
  // splitLayoutSpace puts the whitespace runs at odd indices.
  if (i % 2 === 0) return escapeXml(piece);
  const unit = piece[0] === "\t" ? "tab" : "chars";
  return `<space dim="horizontal" unit="${unit}" quantity="${piece.length}"/>`;
}

/** The TEI document of an export. */
export function toTei(doc: ExportDocument): string {
  const corrections = findCorrections(doc.revisionTexts, doc.revisions);
  const structure = buildStructure(doc.text, corrections, doc.annotations);
  const listed = doc.entities.filter((e) => LIST_FOR_TYPE[e.type]);
  const facs = facsimileOf(doc);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    header(doc),
    facs?.xml ?? "",
    listed.length ? standOff(listed) : "",
    "<text>",
    "<body>",
    `<div type="document">${body(doc, structure, new Set(listed.map((e) => e.id)), facs)}</div>`,
    "</body>",
    "</text>",
    "</TEI>",
    "",
  ].filter(Boolean).join("\n");
}

function header(doc: ExportDocument): string {
  const people = new Map<string, { person: Person; roles: Set<string> }>();
  const note = (p: Person | null, role: string) => {
    if (!p) return;
    const entry = people.get(p.username) ?? { person: p, roles: new Set<string>() };
    entry.roles.add(role);
    people.set(p.username, entry);
  };
  const changes = doc.revisions.filter((r) => r.seq > 0);
  for (const r of changes) {
    note(r.approvedBy, "approved corrections");
    note(r.author, "made corrections");
  }
  const respStmts = [...people.values()].map(
    ({ person, roles }) =>
      `<respStmt><resp>${escapeXml([...roles].sort().join("; "))}</resp><persName xml:id="${userId(person)}">${escapeXml(person.displayName)}</persName></respStmt>`,
  );
  const facts = (doc.metadata as { import?: { lineEndings?: { crlf?: number; cr?: number }; bomStripped?: boolean; fileName?: string } } | null)?.import;
  const normalised = facts
    ? `${facts.lineEndings?.crlf ?? 0} CRLF and ${facts.lineEndings?.cr ?? 0} CR line endings became LF at import${facts.bomStripped ? ", and a byte-order mark was removed" : ""}`
    : "Line endings were normalised to LF at import";
  const licence = doc.collection.licence?.trim() || "No licence has been set for this collection; ask its editors before reusing the text.";
  return `<teiHeader>
<fileDesc>
<titleStmt>
<title>${escapeXml(doc.title)}</title>
<respStmt xml:id="ocr"><resp>raw text by optical character recognition</resp><name>OCR, imported into the OCR Workbench${facts?.fileName ? ` from ${escapeXml(facts.fileName)}` : ""}</name></respStmt>
${doc.annotations.some((a) => a.source === "import") ? '<respStmt xml:id="import"><resp>redactions recognised from their brackets and stamps at import</resp><name>OCR Workbench</name></respStmt>\n' : ""}${respStmts.join("\n")}
</titleStmt>
<publicationStmt>
<publisher>OCR Workbench: ${escapeXml(doc.collection.name)}</publisher>
<availability><licence>${escapeXml(licence)}</licence></availability>
<date when="${escapeXml(doc.exportedAt)}">${escapeXml(doc.exportedAt.slice(0, 10))}</date>
</publicationStmt>
<sourceDesc>
<bibl><title>${escapeXml(doc.title)}</title>${doc.sourceRef ? `<idno type="sourceRef">${escapeXml(doc.sourceRef)}</idno>` : ""}<note>A typescript, transcribed by optical character recognition. The raw OCR (SHA-256 ${doc.rawSha256}) is kept unchanged; every correction to it is a recorded revision, listed in the revision description.</note></bibl>
${msDesc(doc)}
</sourceDesc>
</fileDesc>
<encodingDesc>
<editorialDecl>
<correction><p>Each word-level difference between the raw OCR and the accepted text is encoded as a choice of sic (the OCR reading) and corr (the accepted reading), or as supplied where text was only added; @resp names the person who accepted the change and @change the revision that made it.</p></correction>
<normalization><p>${escapeXml(normalised)}; nothing else was normalised. Characters that XML cannot carry (control characters, unpaired surrogates) appear as U+FFFD.</p></normalization>
</editorialDecl>
</encodingDesc>
${profileDesc(doc)}<revisionDesc status="${escapeXml(doc.status)}">
${changeList(doc)}
</revisionDesc>
</teiHeader>`;
}

/**
 * The record as a manuscript description: identifiers in msIdentifier; originator, title,
 * addressee, language and the other fields in msItem; the release in adminInfo.
 */
function msDesc(doc: ExportDocument): string {
  const rows = recordRows(doc.record);
  const valuesOf = (name: string) => rows.find((r) => r.field.name === name)?.values ?? [];
  const idnos = [...(doc.sourceRef ? [`<idno type="sourceRef">${escapeXml(doc.sourceRef)}</idno>`] : []), ...rows.filter((r) => r.field.type === "identifier").flatMap((r) => r.values.map((v) => `<idno type="${escapeXml(r.field.name)}">${escapeXml(v)}</idno>`))];
  const authors = rows.filter((r) => r.field.name === "originator").flatMap((r) => r.values.map((v) => `<author>${escapeXml(v)}</author>`));
  const language = valuesOf("language").map((v) => `<textLang>${escapeXml(v)}</textLang>`);
  const release = rows.filter((r) => r.field.name === "releaseDate" || r.field.name === "releaseDecision");
  // Fields given a place of their own above; every other field is a typed note, so nothing is lost.
  const placed = new Set(["originator", "language", "releaseDate", "releaseDecision"]);
  const dated = recordDateField(doc.record)?.name;
  const notes = rows
    .filter((r) => r.field.type !== "identifier" && !placed.has(r.field.name) && r.field.name !== dated)
    .map((r) => `<note type="${escapeXml(r.field.name)}"><label>${escapeXml(r.field.label)}</label> ${escapeXml(r.values.map((v) => readableValue(r.field, v)).join("; "))}</note>`);
  return [
    "<msDesc>",
    `<msIdentifier>${idnos.length ? idnos.join("") : `<idno type="workbench">${escapeXml(doc.id)}</idno>`}</msIdentifier>`,
    `<msContents><msItem>${authors.join("")}<title>${escapeXml(doc.title)}</title>${language.join("")}${notes.join("")}</msItem></msContents>`,
    release.length
      ? `<additional><adminInfo><availability><p>${escapeXml(release.map((r) => `${r.field.label}: ${r.values.map((v) => readableValue(r.field, v)).join("; ")}`).join(". "))}</p></availability></adminInfo></additional>`
      : "",
    "</msDesc>",
  ].join("");
}

/** The record's date as creation/date (@when, or @from/@to), and its classification, caveats and type as keywords. */
function profileDesc(doc: ExportDocument): string {
  const rows = recordRows(doc.record);
  const dateField = recordDateField(doc.record);
  const date = dateField ? rows.find((r) => r.field === dateField)?.values[0] : undefined;
  const when = date ? w3cDateAttributes(date) : null;
  const creation = date && when ? `<creation><date ${Object.entries(when).map(([k, v]) => `${k}="${escapeXml(v)}"`).join(" ")}>${escapeXml(readableValue(dateField!, date))}</date></creation>` : "";
  const terms = rows
    .filter((r) => r.field.type === "choice" || r.field.type === "choices")
    .filter((r) => r.field.name !== "releaseDecision")
    .flatMap((r) => r.values.map((v) => `<term type="${escapeXml(r.field.name)}">${escapeXml(v)}</term>`));
  const textClass = terms.length ? `<textClass><keywords>${terms.join("")}</keywords></textClass>` : "";
  return creation || textClass ? `<profileDesc>${creation}${textClass}</profileDesc>\n` : "";
}

/** One change per revision after the raw OCR; a document never corrected says so. */
function changeList(doc: ExportDocument): string {
  const changes = doc.revisions.filter((r) => r.seq > 0);
  if (!changes.length) return `<change when="${escapeXml(doc.exportedAt)}">Exported with no corrections to the raw OCR.</change>`;
  return changes
    .map((r) => {
      const who = r.author ? ` who="#${userId(r.author)}"` : "";
      const approved = r.approvedBy ? ` (accepted by ${r.approvedBy.displayName}${r.proposalId ? ", from a proposal" : ""})` : "";
      return `<change xml:id="${revisionId(r.seq)}" n="${r.seq}" when="${escapeXml(r.createdAt)}"${who}>${escapeXml(r.message + approved)}</change>`;
    })
    .join("\n");
}

function standOff(entities: readonly ExportEntity[]): string {
  const lists = Object.entries(LIST_FOR_TYPE).map(([type, { list, item, name }]) => {
    const members = entities.filter((e) => e.type === type);
    if (!members.length) return "";
    const rows = members.map((e) => {
      const variants = e.variants.map((v) => `<${name} type="variant">${escapeXml(v)}</${name}>`).join("");
      const idno = e.externalId ? `<idno type="${/^Q\d+$/.test(e.externalId) ? "wikidata" : "external"}">${escapeXml(e.externalId)}</idno>` : "";
      const note = e.notes.trim() ? `<note>${escapeXml(e.notes)}</note>` : "";
      return `<${item} xml:id="${entityId(e.id)}"><${name}>${escapeXml(e.name)}</${name}>${variants}${idno}${note}</${item}>`;
    });
    return `<${list}>\n${rows.join("\n")}\n</${list}>`;
  });
  return `<standOff>\n${lists.filter(Boolean).join("\n")}\n</standOff>`;
}

function body(doc: ExportDocument, structure: Structure, listed: Set<string>, facs: Facsimile | null): string {
  const parts = annotationParts(structure);
  // The edition's pages are numbered in text order; renderRange writes text in that order.
  let page = 1;
  const surface = (n: number) => (facs?.surfaces.has(n) ? ` facs="#${facs.surfaces.get(n)}"` : "");
  const pageBreak = () => `<pb n="${++page}"${surface(page)}/>`;
  const pb = (n: number) => Array.from({ length: n }, pageBreak).join("");
  const lineFacs = (lineStart: number) => (facs?.zones.has(lineStart) ? ` facs="#${facs.zones.get(lineStart)}"` : "");
  const writeText = (text: string, at: number) => textWithBreaks(text, pageBreak, lineFacs, at);
  // With page images, the first page begins with its own pb, and its first line with its zone.
  const out: string[] = facs ? [`<pb n="1"${surface(1)}/>${lineFacs(0).replace(/^ (.*)$/, "<lb $1/>")}`] : [];
  for (const p of structure.paragraphs) {
    const notes: string[] = [];
    const before = pb(p.pageBreaksBefore);
    const content = renderRange(doc.text, p.start, p.end, p.children, writeText, (node, inner) => element(node, inner, parts, listed, notes));
    out.push(`${before}<p>${content}${notes.join("")}</p>`);
  }
  out.push(pb(structure.trailingPageBreaks));
  return `\n${out.join("\n")}\n`;
}

function element(node: SpanNode, inner: string, parts: ReturnType<typeof annotationParts>, listed: Set<string>, notes: string[]): string {
  const span = node.span;
  if (span.kind === "correction") return correction(span.correction, inner);
  const a: ExportAnnotation = span.annotation;
  const part = parts.get(node)!;
  const name = ELEMENT_FOR_TAG[a.tag] ?? "seg";
  const attrs = [`xml:id="${annotationId(part.id)}"`];
  if (a.tag === "redaction" && !part.prev) {
    // The release's own marker (a bracket, a stamp) stays as text; the gap says what was withheld.
    const codes = a.exemptions?.length ? `<note type="exemption" target="#${annotationId(part.id)}">${escapeXml(a.exemptions.join("; "))}</note>` : "";
    if (a.body && !part.next) notes.push(`<note type="comment" target="#${annotationId(part.id)}">${escapeXml(a.body)}</note>`);
    notes.push(codes);
    const next = part.next ? ` next="#${annotationId(part.next)}"` : "";
    return `<seg type="redaction" xml:id="${annotationId(part.id)}"${next}>${gap(a.extent, a.source)}${inner}</seg>`;
  }
  if (name === "seg") attrs.push(`type="${escapeXml(a.tag)}"`);
  if (a.entityId && listed.has(a.entityId)) attrs.push(`${NAME_ELEMENTS.has(name) ? "ref" : "corresp"}="#${entityId(a.entityId)}"`);
  if (part.prev) attrs.push(`prev="#${annotationId(part.prev)}"`);
  if (part.next) attrs.push(`next="#${annotationId(part.next)}"`);
  if (a.body && !part.next) notes.push(`<note type="comment" target="#${annotationId(part.id)}">${escapeXml(a.body)}</note>`);
  return `<${name} ${attrs.join(" ")}>${inner}</${name}>`;
}

/** A TEI gap for a redaction's extent: @quantity or @atMost with @unit, or @extent in words when unknown. */
function gap(extent: Extent | undefined, source: ExportAnnotation["source"]): string {
  const e = extent ?? { quantity: null, unit: "unknown" as const };
  const measure = e.unit === "unknown" || e.quantity === null ? `extent="${escapeXml(describeExtent(e))}"` : `${e.atMost ? "atMost" : "quantity"}="${e.quantity}" unit="${TEI_UNIT[e.unit] ?? e.unit}"`;
  return `<gap reason="redacted" ${measure}${source === "import" ? ' resp="#import"' : ""}/>`;
}

/** TEI's suggested unit names where it has one. */
const TEI_UNIT: Partial<Record<Extent["unit"], string>> = { characters: "chars", lines: "lines", pages: "pages", words: "words" };

/** The OCR's reading: its page breaks are the OCR's, so they carry ed="ocr" and no page number of the edition. */
const sicText = (sic: string) => textWithBreaks(sic, () => '<pb ed="ocr"/>');

function correction(c: Correction, inner: string): string {
  const resp = c.approvedBy ? ` resp="#${userId(c.approvedBy)}"` : "";
  const change = ` change="#${revisionId(c.seq)}"`;
  if (!c.sic) return `<supplied${resp}${change}>${inner}</supplied>`;
  return `<choice><sic>${sicText(c.sic)}</sic><corr${resp}${change}>${inner}</corr></choice>`;
}

/** The page images as TEI: one surface per page with its graphic, one zone per line of the layer. */
interface Facsimile {
  xml: string;
  /** Page number (1-based, as the pb elements count) → surface id. */
  surfaces: Map<number, string>;
  /** Offset in the accepted text where a line begins → the zone of that line. */
  zones: Map<number, string>;
}

function facsimileOf(doc: ExportDocument): Facsimile | null {
  const pages = pageTexts(doc);
  if (pages.length === 0) return null;
  const surfaces = new Map<number, string>();
  const zones = new Map<number, string>();
  const xml = pages.map(({ page, lines }) => {
    const n = page.index + 1;
    surfaces.set(n, `surface-${n}`);
    const zoneXml = lines.map(({ line, words, index }) => {
      const id = `zone-${n}-${index + 1}`;
      // The zone is linked from the lb where the text line holding the first word begins.
      const lineStart = doc.text.lastIndexOf("\n", words[0]!.start - 1) + 1;
      const pageStart = doc.text.lastIndexOf("\f", words[0]!.start - 1) + 1;
      const at = Math.max(lineStart, pageStart);
      if (!zones.has(at)) zones.set(at, id);
      const [x, y, w, h] = line.box;
      return `<zone xml:id="${id}" ulx="${x}" uly="${y}" lrx="${x + w}" lry="${y + h}"/>`;
    });
    return `<surface xml:id="surface-${n}" ulx="0" uly="0" lrx="${page.width}" lry="${page.height}">
<graphic url="${escapeXml(`${page.iiif}/full/max/0/default.jpg`)}" width="${page.width}px" height="${page.height}px"/>
${zoneXml.join("\n")}
</surface>`;
  });
  return { xml: `<facsimile>\n${xml.join("\n")}\n</facsimile>`, surfaces, zones };
}
