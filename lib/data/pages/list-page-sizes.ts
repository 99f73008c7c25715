import "server-only";
import { preparedRead } from "../../db/prepared-read";

const pageSizes = preparedRead<{ id: string; index: number | bigint; width: number | bigint; height: number | bigint }>(`
  SELECT "id", "index", "width", "height" FROM "Page" WHERE "documentId" = ? ORDER BY "index" ASC`);

/**
 * A document's pages in order with their image sizes: what the editor needs to show them. Not
 * listPages, which reads every page's OCR layer (megabytes of word boxes) to count words; the
 * editor page asks on every load, so one prepared query (lib/db/prepared-read). The caller has
 * already found the document; a plain-text document has no pages.
 */
export async function listPageSizes({ documentId }: { documentId: string }) {
  return (await pageSizes(documentId)).map((p) => ({ id: p.id, index: Number(p.index), width: Number(p.width), height: Number(p.height) }));
}
