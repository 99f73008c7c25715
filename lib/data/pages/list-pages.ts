import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { parsePageLayer, type PageSummary } from "./page-shape";

/** The IIIF Image API base URL of a page, relative to the site (the API answers absolute ones). */
export const iiifPath = (pageId: string) => `/iiif/${pageId}`;

/** A live document's pages in order; 404 for an unknown or deleted document. A plain-text document has none. */
export async function listPages({ documentId, origin = "" }: { documentId: string; origin?: string }): Promise<PageSummary[]> {
  const doc = await getDb().document.findFirst({
    where: { id: documentId, deletedAt: null },
    select: { pages: { orderBy: { index: "asc" }, select: { id: true, index: true, width: true, height: true, ocrSource: true, layer: true, warnings: true, imageName: true, status: true } } },
  });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  return doc.pages.map((p) => {
    const layer = parsePageLayer(p.layer);
    return {
      id: p.id,
      index: p.index,
      width: p.width,
      height: p.height,
      iiif: `${origin}${iiifPath(p.id)}`,
      words: layer ? layer.lines.reduce((n, l) => n + l.words.length, 0) : 0,
      ocr: { source: (p.ocrSource as PageSummary["ocr"]["source"]) ?? null, status: layer ? "done" : "none" },
      imageName: p.imageName,
      warnings: (p.warnings as string[] | null) ?? [],
      status: p.status,
    };
  });
}
