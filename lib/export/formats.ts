import { toJson } from "./json";
import { toPairs } from "./pairs";
import { toText } from "./txt";
import { toDiplomatic } from "./diplomatic";
import { toHtml } from "./html";
import { toMarkdown } from "./markdown";
import { toTei } from "./tei";
import { toAlto } from "./alto";
import { toHocr } from "./hocr";
import { toLines } from "./lines";
import { toPageXml } from "./page-xml";
import { toMets } from "./mets";
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
  alto: { extension: "alto.xml", mediaType: "application/alto+xml; charset=utf-8", write: (d: ExportDocument) => toAlto(d), boxes: true },
  page: { extension: "page.xml", mediaType: "application/vnd.prima.page+xml; charset=utf-8", write: (d: ExportDocument) => toPageXml(d), boxes: true },
  mets: { extension: "mets.xml", mediaType: "application/xml; charset=utf-8", write: (d: ExportDocument) => toMets(d), boxes: true },
  hocr: { extension: "hocr.html", mediaType: "application/xhtml+xml; charset=utf-8", write: (d: ExportDocument) => toHocr(d), boxes: true },
  lines: { extension: "lines.zip", mediaType: "application/zip", write: (d: ExportDocument) => toLines(d), boxes: true },
} as const satisfies Record<string, { extension: string; mediaType: string; write(d: ExportDocument): string | Uint8Array; boxes?: true }>;

/** The formats that place words on page images: they need a document with pages and a layer. */
export const needsBoxes = (format: ExportFormat): boolean => "boxes" in FORMATS[format];

export type ExportFormat = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as ExportFormat[];
export type ExportVariant = "edition" | "diplomatic";

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(FORMATS, value);

/** Writes one document in `format`; the diplomatic variant is the raw OCR with the annotations. */
/** The formats whose file is text (the others are zips). */
export type TextExportFormat = Exclude<ExportFormat, "page" | "lines">;
export function writeExport(doc: ExportDocument, format: TextExportFormat, variant?: ExportVariant): string;
export function writeExport(doc: ExportDocument, format: ExportFormat, variant?: ExportVariant): string | Uint8Array;
export function writeExport(doc: ExportDocument, format: ExportFormat, variant: ExportVariant = "edition"): string | Uint8Array {
  return FORMATS[format].write(variant === "diplomatic" ? toDiplomatic(doc) : doc);
}

/** A file name from the source reference or title: letters, digits, dots and dashes only. */
export function exportFileName(doc: { id: string; title: string; sourceRef: string | null; pageCount?: number }, format: ExportFormat, variant: ExportVariant = "edition"): string {
  const stem = (doc.sourceRef || doc.title)
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80) || doc.id;
  // A PAGE export of several pages is a zip of one file per page.
  const extension = format === "page" && doc.pageCount !== undefined && doc.pageCount > 1 ? "page.zip" : FORMATS[format].extension;
  return `${stem}${variant === "diplomatic" ? ".diplomatic" : ""}.${extension}`;
}
