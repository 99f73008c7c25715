import "server-only";
import { reviewNews } from "./proposal-sql";
import type { UserRef } from "../users/users";

/**
 * What the header's Review queue badge and the queue's own heading count: proposals on live
 * documents waiting for a reviewer other than their author (four eyes: one's own never count),
 * those of them that are a changeset's documents, and decisions on the user's own proposals
 * since they last opened the review queue. One prepared query (lib/server/db/prepared-read): every
 * page render pays for it.
 */
export async function countReviewNews({ user }: { user: UserRef }) {
  const rows = await reviewNews(user.id, user.id, user.id);
  return { waiting: Number(rows[0]?.waiting ?? 0), inChangesets: Number(rows[0]?.inChangesets ?? 0), unseenDecisions: Number(rows[0]?.unseen ?? 0) };
}
