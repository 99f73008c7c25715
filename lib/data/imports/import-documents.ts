import "server-only";
import { maxDocumentBytes } from "../../config";
import { AppError, isAppError } from "../../errors";
import { sniffFile } from "../../server/images/sniff";
import { importFile, importText, titleFromFileName } from "../../text/import-text";
import type { LegacyEncoding } from "../../text/legacy-encoding";
import { importPageUpload, type PageUploadOptions } from "./import-page-upload";
import type { OcrJobView } from "../ocr/ocr-job-shape";
import { createDocument } from "../documents/create-document";
import type { DocumentSummary } from "../documents/document-shape";
import type { ImportFileError, ImportTarget } from "../documents/import-shape";
import { textProblemError } from "../documents/text-problem";

/** Imports pasted or JSON text as one document; throws AppError on bad input. */
export async function importPastedText(input: ImportTarget & { title?: string; text: string; sourceRef?: string | null }) {
  const imported = importText(input.text, maxDocumentBytes());
  if (!imported.ok) throw textProblemError(imported.error);
  const title = input.title?.trim() || firstLine(imported.value.text);
  return createDocument({ ...input, title, text: imported.value.text, facts: imported.value.facts });
}

/**
 * Imports uploaded files one by one, each in its own transaction: a bad file is reported by
 * name and never stops or half-stores the others.
 */
export async function importFiles(
  files: { name: string; bytes: Uint8Array; encoding?: LegacyEncoding }[],
  target: ImportTarget & Omit<PageUploadOptions, keyof ImportTarget>,
): Promise<{ items: DocumentSummary[]; errors: ImportFileError[]; jobs: OcrJobView[] }> {
  // Content decides: text files are documents of their own; images, layers and PDFs make page documents.
  const pageFiles = files.filter((f) => sniffFile(f.bytes) !== "text");
  const { items, errors, jobs } = pageFiles.length > 0 ? await importPageUpload(pageFiles, target) : { items: [] as DocumentSummary[], errors: [] as ImportFileError[], jobs: [] };
  for (const file of files) {
    if (pageFiles.includes(file)) continue;
    try {
      items.push(await importOneFile(file, target));
    } catch (e) {
      if (!isAppError(e)) throw e;
      const suggested = typeof e.details.suggestedEncoding === "string" ? { suggestedEncoding: e.details.suggestedEncoding } : {};
      errors.push({ file: file.name, code: String(e.details.reason ?? e.code), status: e.status, message: e.message, ...suggested });
    }
  }
  return { items, errors, jobs };
}

export async function importOneFile(file: { name: string; bytes: Uint8Array; encoding?: LegacyEncoding }, target: ImportTarget) {
  if (/\.(png|jpe?g|tiff?|webp|pdf)$/i.test(file.name)) {
    throw new AppError("unsupported_type", `${file.name} holds text, not the image or PDF its name suggests`, { reason: "image_unreadable" });
  }
  if (!/\.txt$/i.test(file.name)) {
    throw new AppError("unsupported_type", `${file.name} is not a .txt file`, { reason: "not_text_file" });
  }
  const imported = importFile(file.bytes, file.name, maxDocumentBytes(), file.encoding);
  if (!imported.ok) throw textProblemError(imported.error);
  return createDocument({ ...target, title: titleFromFileName(file.name), text: imported.value.text, facts: imported.value.facts });
}

function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "") ?? "Untitled";
  return line.trim().slice(0, 120);
}
