import "server-only";
import type { DbTx } from "../../server/db";
import { notify } from "./notify";

/** Tells every reviewer and admin (but the author) that work waits for review. */
export async function notifyReviewers({ tx, text, link, authorId }: { tx: DbTx; text: string; link: string; authorId: string }): Promise<string[]> {
  const reviewers = await tx.user.findMany({ where: { role: { in: ["reviewer", "admin"] }, disabledAt: null }, select: { id: true } });
  return notify({ tx, userIds: reviewers.map((r) => r.id), kind: "review", text, link, actorId: authorId });
}
