import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";
import { updateCollectionSettings } from "./update-collection-settings";
import { COLLECTION_VIEW_SELECT, toCollectionView, type CollectionView, type Visibility } from "./collection-shape";

export interface CollectionChanges {
  name?: string;
  licence?: string;
  visibility?: Visibility;
  reviewersCommitDirectly?: boolean;
  selfApproval?: boolean;
  doubleKeying?: boolean;
}

/**
 * Changes a collection's name, licence, visibility and review policy (admins; the caller
 * checks) in one transaction, each change audited with what it was and what it became.
 */
export async function updateCollection({ id, changes, actorId }: { id: string; changes: CollectionChanges; actorId: string }): Promise<CollectionView> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.collection.findUnique({ where: { id }, select: COLLECTION_VIEW_SELECT });
    if (!row) throw new AppError("not_found", `No collection with id ${id}`);
    const before = toCollectionView(row);
    await updateCollectionSettings({
      tx, collectionId: id,
      change: (settings) => ({
        ...settings,
        ...(changes.licence !== undefined ? { licence: changes.licence.trim().slice(0, 2000) } : {}),
        ...(changes.reviewersCommitDirectly !== undefined || changes.selfApproval !== undefined || changes.doubleKeying !== undefined
          ? {
              review: {
                reviewersCommitDirectly: changes.reviewersCommitDirectly ?? before.reviewersCommitDirectly,
                allowSelfApproval: changes.selfApproval ?? before.selfApproval,
                doubleKeying: changes.doubleKeying ?? before.doubleKeying,
              },
            }
          : {}),
      }),
    });
    const name = changes.name?.trim();
    if (name !== undefined && !name) throw new AppError("invalid", "A collection needs a name");
    if (name && name !== before.name && (await tx.collection.findUnique({ where: { name }, select: { id: true } }))) {
      throw new AppError("conflict", `A collection named “${name}” exists already`);
    }
    const updated = await tx.collection.update({
      where: { id },
      data: { ...(name ? { name } : {}), ...(changes.visibility ? { visibility: changes.visibility } : {}) },
      select: COLLECTION_VIEW_SELECT,
    });
    const after = toCollectionView(updated);
    const audit = (action: string, from: unknown, to: unknown) =>
      recordAudit({ tx, actorId, action, subjectType: "collection", subjectId: id, fromState: String(from ?? "(none)"), toState: String(to ?? "(none)") });
    if (after.name !== before.name) await audit("collection.name", before.name, after.name);
    if (after.licence !== before.licence) await audit("collection.licence", before.licence, after.licence);
    if (after.visibility !== before.visibility) await audit("collection.visibility", before.visibility, after.visibility);
    if (after.reviewersCommitDirectly !== before.reviewersCommitDirectly || after.selfApproval !== before.selfApproval || after.doubleKeying !== before.doubleKeying) {
      const describe = (v: CollectionView) => `${v.reviewersCommitDirectly ? "reviewers commit directly" : "everyone proposes"}; self-approval ${v.selfApproval ? "on" : "off"}; double keying ${v.doubleKeying ? "on" : "off"}`;
      await audit("collection.review_policy", describe(before), describe(after));
    }
    return after;
  });
}
