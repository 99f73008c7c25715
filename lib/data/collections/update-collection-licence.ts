import "server-only";
import { getDb } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/audit";

/** Sets the licence text exports carry (TEI publicationStmt, the HTML edition), audited. */
export async function updateCollectionLicence(input: { collectionId: string; licence: string; actorId: string }) {
  const licence = input.licence.trim().slice(0, 2000);
  return getDb().$transaction(async (tx) => {
    const c = await tx.collection.findUnique({ where: { id: input.collectionId }, select: { settings: true } });
    if (!c) throw new AppError("not_found", `No collection with id ${input.collectionId}`);
    const settings = { ...((c.settings as Record<string, unknown> | null) ?? {}), licence };
    await tx.collection.update({ where: { id: input.collectionId }, data: { settings: settings as object } });
    await recordAudit({ tx,  actorId: input.actorId, action: "collection.licence", subjectType: "collection", subjectId: input.collectionId, toState: licence || "(none)" });
    return { licence };
  });
}
