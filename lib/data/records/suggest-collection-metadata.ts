import "server-only";
import { getDb } from "../../server/db";
import { entityNames } from "./entity-names";
import { suggestDocumentMetadata } from "./suggest-document-metadata";

/** Documents whose suggestions one review covers: a screenful a person can check. */
export const COLLECTION_SUGGESTIONS_LIMIT = 100;

/**
 * What the headers of a collection's documents say that their records lack, document by
 * document (lib/data/records/suggest-document-metadata), for one review of them all: the
 * documents with something to offer, oldest first, at most COLLECTION_SUGGESTIONS_LIMIT, and
 * whether more have something (the reading stops at the first one past the limit).
 */
export async function suggestCollectionMetadata({ collectionId }: { collectionId: string }) {
  const db = getDb();
  const documents = await db.document.findMany({ where: { collectionId, deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, title: true } });
  const names = await entityNames(db);
  const out: { documentId: string; title: string; items: Awaited<ReturnType<typeof suggestDocumentMetadata>>["items"] }[] = [];
  for (const d of documents) {
    const { items } = await suggestDocumentMetadata({ documentId: d.id, names });
    const offered = items.filter((s) => !s.notInEntities);
    if (offered.length === 0) continue;
    if (out.length >= COLLECTION_SUGGESTIONS_LIMIT) return { documents: out, more: true };
    out.push({ documentId: d.id, title: d.title, items: offered });
  }
  return { documents: out, more: false };
}
