import "server-only";
import { getDb } from "../../server/db";

/** A person closed the document or went idle: their presence ends now, and so does their claim on it. */
export async function leavePresence({ documentId, userId }: { documentId: string; userId: string }): Promise<{ left: boolean }> {
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.presence.deleteMany({ where: { documentId, userId } });
    await tx.taskClaim.deleteMany({ where: { key: `document:${documentId}`, userId } });
    return { left: count > 0 };
  });
}
