import "server-only";
import { canCommitDirectly, type ReviewPolicy } from "../../auth/permissions";
import { parseCollectionSettings, reviewPolicyOf } from "./collection-settings-shape";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import type { UserRef } from "../users/users";

/** The review policy of the collection a document belongs to (404 for an unknown document). */
export async function getDocumentPolicy(db: DbTx, documentId: string): Promise<{ collectionId: string; policy: ReviewPolicy }> {
  const doc = await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { collectionId: true, collection: { select: { settings: true } } } });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  return { collectionId: doc.collectionId, policy: reviewPolicyOf(parseCollectionSettings(doc.collection.settings)) };
}

/**
 * 403 unless the user may save straight to this document's text (otherwise they propose).
 * Admins always may, without a query. An unknown document is left to the save to report (404).
 */
export async function requireDirectCommit(user: UserRef, documentId: string): Promise<void> {
  if (user.role === "admin") return;
  const doc = await getDb().document.findFirst({ where: { id: documentId, deletedAt: null }, select: { collection: { select: { settings: true } } } });
  const policy = reviewPolicyOf(parseCollectionSettings(doc?.collection.settings));
  if (!canCommitDirectly(user.role, policy)) {
    throw new AppError("forbidden", `A ${user.role} may not save to the text directly: submit a proposal for review instead`);
  }
}

export async function getCollectionPolicy({ collectionId }: { collectionId: string }): Promise<ReviewPolicy> {
  const c = await getDb().collection.findUnique({ where: { id: collectionId }, select: { settings: true } });
  if (!c) throw new AppError("not_found", `No collection with id ${collectionId}`);
  return reviewPolicyOf(parseCollectionSettings(c.settings));
}
