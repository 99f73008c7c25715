import { DEFAULT_MAX_DOCUMENT_BYTES } from "./text/import-text";

/** Size limit of one document in bytes, from WORKBENCH_MAX_DOCUMENT_BYTES (default 5 MB). */
export function maxDocumentBytes(): number {
  const raw = process.env.WORKBENCH_MAX_DOCUMENT_BYTES;
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_DOCUMENT_BYTES;
}

/** Default total size of one upload request (all its files together): 25 MB. */
export const DEFAULT_MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** Size limit of one multipart upload (all files of one import together), from WORKBENCH_MAX_UPLOAD_BYTES. */
export function maxUploadBytes(): number {
  const n = Number(process.env.WORKBENCH_MAX_UPLOAD_BYTES);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_UPLOAD_BYTES;
}

/**
 * Size limit of any other request body (JSON, server actions): a whole document, which JSON
 * may double (a tab or newline is two bytes escaped), plus room for the other fields.
 */
export function maxJsonBodyBytes(): number {
  return 2 * maxDocumentBytes() + 64 * 1024;
}

/**
 * The most pages one file may have (a PDF or a multi-page TIFF), from WORKBENCH_MAX_PAGES
 * (default 500; WORKBENCH_MAX_PDF_PAGES, its older name, is still read). A 126 KB TIFF of
 * 1,000 blank pages queued three and a half minutes of OCR.
 */
export function maxFilePages(): number {
  for (const raw of [process.env.WORKBENCH_MAX_PAGES, process.env.WORKBENCH_MAX_PDF_PAGES]) {
    const n = Number(raw);
    if (raw && Number.isInteger(n) && n > 0) return n;
  }
  return 500;
}

/**
 * The most pixels of page images one upload may hold, all pages of all its images together,
 * from WORKBENCH_MAX_UPLOAD_PIXELS (default 1 gigapixel: some 115 A4 pages scanned at 300 dpi).
 * Every page is decoded, stored, tiled and perhaps read by OCR: 20 pages of 100 megapixels
 * took 4.3 GB of OCR. Larger sets go in several uploads.
 */
export function maxUploadPixels(): number {
  const n = Number(process.env.WORKBENCH_MAX_UPLOAD_PIXELS);
  return Number.isInteger(n) && n > 0 ? n : 1_000_000_000;
}
