import { toJson } from "./json";
import { toPairs } from "./pairs";
import { toText } from "./txt";
import { toDiplomatic } from "./diplomatic";
import { toHtml } from "./html";
import { toMarkdown } from "./markdown";
import { toTei } from "./tei";
import type { ExportDocument } from "./types";

/** Every export format: its file extension, media type, and writer. */
export const FORMATS = {
  tei: { extension: "tei.xml", mediaType: "application/tei+xml; charset=utf-8", write: (d: ExportDocument) => toTei(d) },
  txt: { extension: "txt", mediaType: "text/plain; charset=utf-8", write: (d: ExportDocument) => toText(d) },
  md: { extension: "md", mediaType: "text/markdown; charset=utf-8", write: (d: ExportDocument) => toMarkdown(d) },
  html: { extension: "html", mediaType: "text/html; charset=utf-8", write: (d: ExportDocument) => toHtml(d) },
  json: {
    extension: "json",
    mediaType: "application/json; charset=utf-8",
    write: (d: ExportDocument) => toJson(d, `${d.baseUrl.replace(/\/$/, "")}/api/documents/${d.id}/export?format=json`),
  },
  pairs: { extension: "pairs.jsonl", mediaType: "application/x-ndjson; charset=utf-8", write: (d: ExportDocument) => toPairs(d) },
} as const;

export type ExportFormat = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as ExportFormat[];
export type ExportVariant = "edition" | "diplomatic";

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(FORMATS, value);

/** Writes one document in `format`; the diplomatic variant is the raw OCR with the annotations. */
export function writeExport(doc: ExportDocument, format: ExportFormat, variant: ExportVariant = "edition"): string {
  return FORMATS[format].write(variant === "diplomatic" ? toDiplomatic(doc) : doc);
}

/** A file name from the source reference or title: letters, digits, dots and dashes only. */
export function exportFileName(doc: { id: string; title: string; sourceRef: string | null }, format: ExportFormat, variant: ExportVariant = "edition"): string {
  const stem = (doc.sourceRef || doc.title)
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80) || doc.id;
  return `${stem}${variant === "diplomatic" ? ".diplomatic" : ""}.${FORMATS[format].extension}`;
}
