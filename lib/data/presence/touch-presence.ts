import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { CLAIM_MS, isLive } from "../../team/presence-policy";

/**
 * Records that a person has a document open in the editor now (a beat). A presence that had
 * lapsed starts again from now, so "since" tells when this spell of editing began. Their claim
 * on the document, if the next-task button gave it to them, is extended with it.
 * Answers whether this beat began a spell (others should hear of it).
 */
export async function touchPresence({ documentId, userId, now = new Date() }: { documentId: string; userId: string; now?: Date }): Promise<{ joined: boolean }> {
  return getDb().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { id: true } });
    if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
    const row = await tx.presence.findUnique({ where: { documentId_userId: { documentId, userId } }, select: { seenAt: true } });
    const joined = !row || !isLive(row.seenAt, now);
    await tx.presence.upsert({
      where: { documentId_userId: { documentId, userId } },
      create: { documentId, userId, since: now, seenAt: now },
      update: joined ? { since: now, seenAt: now } : { seenAt: now },
    });
    await tx.taskClaim.updateMany({ where: { key: `document:${documentId}`, userId }, data: { expiresAt: new Date(now.getTime() + CLAIM_MS) } });
    return { joined };
  });
}
