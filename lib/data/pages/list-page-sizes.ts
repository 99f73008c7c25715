import "server-only";
import { pageSizes } from "./page-sql";

/**
 * A document's pages in order with their image sizes: what the editor needs to show them. Not
 * listPages, which reads every page's OCR layer (megabytes of word boxes) to count words; the
 * editor page asks on every load, so one prepared query (lib/server/db/prepared-read). The caller has
 * already found the document; a plain-text document has no pages.
 */
export async function listPageSizes({ documentId }: { documentId: string }) {
  return (await pageSizes(documentId)).map((p) => ({ id: p.id, index: Number(p.index), width: Number(p.width), height: Number(p.height), status: p.status }));
}
