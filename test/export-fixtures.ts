import { readFileSync } from "node:fs";
import { placeWords } from "../lib/layers/place-words";
import { readLayer } from "../lib/layers/read-layer";
import type { PageLayer } from "../lib/layers/types";
import type { ExportAnnotation, ExportDocument, ExportPage, ExportRevision, Person } from "../lib/export/types";
import { RECORD_SCHEMA } from "../lib/records/metadata-schema";

// Builders for the export tests: a document from a chain of texts, and annotations on its head.

export const SAMPLE = readFileSync(new URL("../samples/csdb-18851.ocr.txt", import.meta.url), "utf8");

const CORA: Person = { username: "cora", displayName: "Cora Corrector" };
const RITA: Person = { username: "rita", displayName: "Rita Reviewer" };

/** A document whose revisions are `texts` (texts[0] is the raw OCR), each proposed by Cora and approved by Rita. */
export function exportDocument(texts: string[], overrides: Partial<ExportDocument> = {}): ExportDocument {
  const revisions: ExportRevision[] = texts.map((_, seq) => ({
    seq,
    parentSeq: seq ? seq - 1 : null,
    author: seq ? CORA : null,
    message: seq ? `Correction ${seq}` : "Imported raw OCR",
    createdAt: `2026-11-28T10:${String(seq).padStart(2, "0")}:00.000Z`,
    patch: null,
    patchFormat: "dmp-1",
    sha256: "0".repeat(64),
    approvedBy: seq ? RITA : null,
    approvedAt: `2026-11-28T11:${String(seq).padStart(2, "0")}:00.000Z`,
    proposalId: seq ? `p${seq}` : null,
  }));
  return {
    id: "doc1",
    title: "Efforts to Establish Diplomatic Relations Between the USSR and Japan",
    sourceRef: "CSDB-18851",
    collection: { id: "c1", name: "CIA reports 1954", licence: "CC BY 4.0" },
    status: "in_progress",
    headSeq: texts.length - 1,
    rawText: texts[0],
    text: texts[texts.length - 1],
    rawSha256: "f".repeat(64),
    metadata: { import: { fileName: "csdb-18851.ocr.txt", lineEndings: { crlf: 0, cr: 0 }, bomStripped: false } },
    record: { fields: RECORD_SCHEMA.fields, values: {} },
    revisions,
    revisionTexts: texts,
    annotations: [],
    entities: [],
    exportedAt: "2026-11-28T12:00:00.000Z",
    baseUrl: "http://localhost:3000",
    pages: [],
    ...overrides,
  };
}

let n = 0;
/** An annotation of `text[start, end)` (the head text). */
export function annotationOn(text: string, start: number, end: number, tag: string, extra: Partial<ExportAnnotation> = {}): ExportAnnotation {
  n++;
  return {
    id: `a${n}`, start, end, startCodePoint: start, endCodePoint: end, tag, body: null, entityId: null, status: "anchored",
    exact: text.slice(start, end), prefix: "", suffix: "", author: "Cora Corrector", createdAt: "2026-11-28T10:00:00.000Z",
    updatedAt: "2026-11-28T10:00:00.000Z", anchoredSeq: 0, ...extra,
  };
}

/** The sample after the corrections: Genserslov → Generalov twice, and the two bracketed patronymics. */
export function correctedSample(): ExportDocument {
  const t1 = SAMPLE.replaceAll("Genserslov", "Generalov");
  const t2 = t1.replace("Kuzma N. Nikolayevich Derevyanko", "Kuzma N. [Nikolayevich] Derevyanko");
  const t3 = t2.replace("Fedor I. Lylich Kunov", "Fedor I. [Il'ich] Kunov");
  const at = t3.indexOf("Kuzma N. [Nikolayevich] Derevyanko");
  const name = "Kuzma N. [Nikolayevich] Derevyanko";
  return exportDocument([SAMPLE, t1, t2, t3], {
    record: {
      fields: RECORD_SCHEMA.fields,
      values: {
        date: "1954-03-30", classification: "SECRET", caveats: ["CONTROL"], type: "information report", originator: "Central Intelligence Agency",
        identifiers: ["CSDB-18851"], releaseDecision: "released in full", language: "English",
      },
    },
    annotations: [annotationOn(t3, at, at + name.length, "person", { entityId: "e1", body: "Head of the Soviet mission in Tokyo." })],
    entities: [{ id: "e1", type: "person", name: "Kuzma Nikolayevich Derevyanko", variants: ["K. N. Derevyanko"], externalId: "Q1367185", notes: "" }],
  });
}

/** A layer read from its XML, or the test fails with the reader's message. */
export function readLayerOrThrow(source: string): PageLayer {
  const result = readLayer(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** A document made of page layers: its raw text is their texts joined by "\f"; `edit` makes the accepted text. */
export function pagedDocument(layers: PageLayer[], edit: (raw: string) => string = (t) => t): ExportDocument {
  let raw = "";
  const pages: ExportPage[] = layers.map((layer, index) => {
    if (index > 0) raw += "\f";
    const placed = placeWords(layer, raw.length);
    raw += placed.text;
    return { index, width: layer.width, height: layer.height, imageName: layer.imageName ?? `p${index}.png`, iiif: `http://localhost:3000/iiif/page${index}`, layer: { source: layer.source, format: layer.format, lines: placed.lines } };
  });
  const text = edit(raw);
  return exportDocument(text === raw ? [raw] : [raw, text], { pages });
}
