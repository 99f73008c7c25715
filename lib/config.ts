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
