import "server-only";
import { getDb } from "../../server/db";
import { isAppError } from "../../errors";
import { awaitsReread } from "../../layers/low-confidence";
import type { StoredLayer } from "../../layers/types";
import { ocrDataFor } from "../../server/ocr/ocr-languages";
import { openWordReader } from "../../server/ocr/read-words";
import { rereadLayer } from "../../server/ocr/reread-layer";
import { writePageLayers } from "../documents/write-page-layers-sql";
import { pageAsPng } from "./page-png";
import { parsePageLayer } from "./page-shape";

/**
 * One run of the "reread" job, sent when a document is imported with its own hOCR, ALTO or PAGE
 * layers and page images: the doubtful words of its next page not yet read again are
 * read again from the image, as the OCR job does for the pages it reads itself, and stored on the
 * layer as evidence for the suggestions. The page is then marked, so a run taken up again after a
 * crash goes on with the next. Answers whether a page is left.
 */
export async function runRereadStep({ documentId, language }: { documentId: string; language: string }): Promise<"more" | "done"> {
  if (!ocrDataFor(language)) return "done";
  const db = getDb();
  const pages = await db.page.findMany({
    where: { documentId, document: { deletedAt: null } },
    select: { id: true, index: true, imageKey: true, imagePage: true, imageType: true, imageName: true, width: true, height: true, layer: true },
    orderBy: { index: "asc" },
  });
  const layers = new Map(pages.map((p) => [p.id, parsePageLayer(p.layer)]));
  const next = pages.find((p) => awaitsReread(layers.get(p.id)!));
  if (!next) return "done";
  const stored = layers.get(next.id)!;
  let reread: StoredLayer;
  try {
    const png = await pageAsPng(next);
    const reader = await openWordReader(language);
    const read = await rereadLayer({ ...stored, width: next.width, height: next.height }, png, reader, language).finally(() => reader.close());
    reread = { source: stored.source, format: stored.format, lines: read.lines as StoredLayer["lines"], reread: true };
  } catch (e) {
    // A page whose image is gone is fsck's to report; its words stay as imported.
    if (!isAppError(e)) throw e;
    reread = { ...stored, reread: true };
  }
  // Plain SQL, as import writes layers: Prisma's builder holds the event loop for a dense page.
  await writePageLayers({ tx: db, documentId, layers: new Map([[next.index, reread]]) });
  return pages.some((p) => p.id !== next.id && awaitsReread(layers.get(p.id)!)) ? "more" : "done";
}
