import "server-only";
import { sendJob } from "../../server/jobs/jobs";
import { awaitsReread } from "../../layers/low-confidence";
import { ocrDataFor } from "../../server/ocr/ocr-languages";
import { getDb } from "../../server/db";
import { Prisma } from "../../server/generated/prisma/client";
import { AppError } from "../../errors";
import { PATCH_FORMAT } from "../../revisions/types";
import type { ImportFacts } from "../../text/import-text";
import { sha256 } from "../../text/sha256";
import { resolveCollectionId } from "../collections/resolve-collection-id";
import { annotateFoundRedactions } from "./annotate-found-redactions";
import { indexFields } from "../search/index-document";
import { fieldValue } from "../search/search-index-shape";
import type { PageInput } from "./page-input-shape";
import { writePageLayers } from "./write-page-layers-sql";
import { DOCUMENT_SUMMARY_SELECT, toDocumentSummary } from "./document-shape";

export interface CreateDocumentInput {
  title: string;
  /** Normalised text (see lib/text/import-text). */
  text: string;
  facts: ImportFacts;
  /** Who imported it; null for the sample loaded on first start. */
  authorId: string | null;
  sourceRef?: string | null;
  collectionId?: string | null;
  /** Page images with their layers (lib/data/pages); their text ranges index `text`. */
  pages?: PageInput[];
  /**
   * The language in which the doubtful words of imported layers are read again from the page
   * images, by a job stored with the document (lib/data/pages/reread-pages.ts).
   */
  rereadLanguage?: string;
}

/**
 * Stores a document and its revision 0 in one transaction, with the redactions its text shows. The raw OCR is kept in
 * Document.rawText and never changes; revision 0 holds its hash and length only.
 * The same raw text twice in one collection is refused (409) with the existing id.
 */
export async function createDocument(input: CreateDocumentInput) {
  const rawSha256 = sha256(input.text);
  return getDb().$transaction(async (tx) => {
    const collectionId = await resolveCollectionId({ collectionId: input.collectionId, tx });
    const existing = await tx.document.findUnique({
      where: { collectionId_rawSha256: { collectionId, rawSha256 } },
      select: { id: true, title: true, deletedAt: true },
    });
    if (existing) {
      const where = existing.deletedAt ? "among this collection's deleted documents (an admin can restore it)" : "in the collection";
      throw new AppError("conflict", `This text is already ${where} as "${existing.title}"`, {
        reason: "duplicate_document",
        documentId: existing.id,
      });
    }
    const document = await tx.document.create({
      data: {
        collectionId,
        title: input.title.trim() || "Untitled",
        sourceRef: input.sourceRef?.trim() || null,
        metadata: { import: { ...input.facts } },
        rawText: input.text,
        rawSha256,
        headText: input.text,
        headSeq: 0,
        revisions: {
          create: {
            seq: 0,
            parentSeq: null,
            authorId: input.authorId,
            message: input.facts.fileName ? `Imported ${input.facts.fileName}` : "Imported raw OCR",
            patch: null,
            patchFormat: PATCH_FORMAT,
            sha256: rawSha256,
            length: input.text.length,
            // The raw OCR measured against itself.
            cer: 0,
            wer: 0,
          },
        },
      },
      select: DOCUMENT_SUMMARY_SELECT,
    });
    if (input.pages?.length) {
      await tx.page.createMany({
        data: input.pages.map(({ layer: _layer, ...page }, index) => ({
          ...page,
          documentId: document.id,
          index,
          layer: Prisma.DbNull,
          warnings: page.warnings.length ? page.warnings : Prisma.DbNull,
        })),
      });
      const layers = new Map(input.pages.flatMap((p, index) => (p.layer ? [[index, p.layer] as const] : [])));
      await writePageLayers({ tx, documentId: document.id, layers });
      if (input.rereadLanguage && input.pages.some((p) => awaitsReread(p.layer)) && ocrDataFor(input.rereadLanguage)) {
        await sendJob("reread", { documentId: document.id, language: input.rereadLanguage }, { tx });
      }
    }
    await annotateFoundRedactions({ tx, documentId: document.id, collectionId, text: input.text, seq: 0 });
    const meta = fieldValue({ headText: input.text, rawText: input.text, title: document.title, sourceRef: document.sourceRef }, "meta");
    await indexFields({ tx, documentId: document.id, values: { text: input.text, raw: input.text, meta }, fresh: true });
    return toDocumentSummary(document);
  });
}
