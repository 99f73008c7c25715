import "server-only";
import { getDb } from "../../db";
import type { UserRef } from "../users";

/**
 * What the header's Review queue badge counts: proposals on live documents waiting for a
 * reviewer other than their author (four eyes: one's own never count), and decisions on the
 * user's own proposals since they last opened the review queue.
 */
export async function countReviewNews({ user }: { user: UserRef }) {
  const db = getDb();
  const me = await db.user.findUnique({ where: { id: user.id }, select: { reviewSeenAt: true } });
  const [waiting, unseenDecisions] = await Promise.all([
    db.proposal.count({ where: { status: "proposed", authorId: { not: user.id }, document: { deletedAt: null } } }),
    db.proposal.count({
      where: {
        authorId: user.id,
        status: { in: ["approved", "rejected", "needs_rebase"] },
        document: { deletedAt: null },
        ...(me?.reviewSeenAt ? { updatedAt: { gt: me.reviewSeenAt } } : {}),
      },
    }),
  ]);
  return { waiting, unseenDecisions };
}
