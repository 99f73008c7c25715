import { DEFAULT_MAX_DOCUMENT_BYTES } from "./text/import-text";

/** Size limit of one document in bytes, from WORKBENCH_MAX_DOCUMENT_BYTES (default 5 MB). */
export function maxDocumentBytes(): number {
  const raw = process.env.WORKBENCH_MAX_DOCUMENT_BYTES;
  const n = raw ? Number(raw) : NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_DOCUMENT_BYTES;
}
