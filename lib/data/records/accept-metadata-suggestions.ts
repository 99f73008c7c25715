import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { updateDocumentMetadata } from "./update-document-metadata";

/**
 * Applies the suggestions a person ticked across a collection's documents in one transaction:
 * every document's values are checked as a form's would be, each change audited, and one
 * refused value refuses them all (422 naming the document and field).
 */
export async function acceptMetadataSuggestions({ collectionId, accepted, actorId }: { collectionId: string; accepted: { documentId: string; values: Record<string, unknown> }[]; actorId: string }) {
  if (accepted.length === 0) throw new AppError("invalid", "Tick at least one suggestion to accept");
  return getDb().$transaction(async (tx) => {
    const inCollection = await tx.document.count({ where: { id: { in: accepted.map((a) => a.documentId) }, collectionId, deletedAt: null } });
    if (inCollection !== new Set(accepted.map((a) => a.documentId)).size) throw new AppError("invalid", "Some of the documents are not in this collection");
    for (const a of accepted) {
      try {
        await updateDocumentMetadata({ documentId: a.documentId, values: a.values, actorId, tx });
      } catch (e) {
        if (e instanceof AppError) throw new AppError(e.code, `${e.message} (document ${a.documentId})`, { ...e.details, documentId: a.documentId });
        throw e;
      }
    }
    return { documents: accepted.length };
  }, { timeout: 60_000 });
}
