import "server-only";
import { maxDocumentBytes } from "../../config";
import { checkText } from "../../text/import-text";
import { createDocument } from "../documents/create-document";
import type { DocumentSummary } from "../documents/document-shape";
import type { ImportTarget } from "../documents/import-shape";
import { textProblemError } from "../documents/text-problem";
import { assemblePages, type PageSource } from "./assemble-pages";

/**
 * A document from pages whose layers are all known (uploaded, or read by the OCR queue): the
 * pages' texts joined by "\f" as its raw text, checked like any imported text, stored with its
 * pages in one transaction by createDocument.
 */
export async function createPagedDocument(input: ImportTarget & {
  title: string;
  sources: readonly PageSource[];
  /** The file the import facts name, and the bytes uploaded. */
  fileName: string;
  byteLength: number;
  ocrLanguage?: string;
  /** Read the doubtful words of imported layers again from the images, in this language. */
  rereadLanguage?: string;
}): Promise<DocumentSummary> {
  const assembled = assemblePages(input.sources);
  const problem = checkText(assembled.text, maxDocumentBytes(), input.fileName);
  if (problem) throw textProblemError(problem);
  return createDocument({
    authorId: input.authorId,
    collectionId: input.collectionId,
    title: input.title,
    text: assembled.text,
    facts: { fileName: input.fileName, byteLength: input.byteLength, bomStripped: false, lineEndings: { crlf: 0, cr: 0 }, ...(input.ocrLanguage ? { ocrLanguage: input.ocrLanguage } : {}) },
    pages: assembled.pages,
    rereadLanguage: input.rereadLanguage,
  });
}
