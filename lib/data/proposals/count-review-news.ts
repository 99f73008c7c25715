import "server-only";
import { preparedRead } from "../../db/prepared-read";
import type { UserRef } from "../users/users";

const reviewNews = preparedRead<{ waiting: unknown; inChangesets: unknown; unseen: unknown }>(`
  SELECT
    (SELECT COUNT(*) FROM "Proposal" p JOIN "Document" d ON d."id" = p."documentId"
      WHERE p."status" = 'proposed' AND p."authorId" <> ? AND d."deletedAt" IS NULL) AS "waiting",
    (SELECT COUNT(*) FROM "Proposal" p JOIN "Document" d ON d."id" = p."documentId"
      WHERE p."status" = 'proposed' AND p."authorId" <> ? AND d."deletedAt" IS NULL AND p."changesetId" IS NOT NULL) AS "inChangesets",
    (SELECT COUNT(*) FROM "Proposal" p JOIN "Document" d ON d."id" = p."documentId" JOIN "User" u ON u."id" = p."authorId"
      WHERE p."authorId" = ? AND p."status" IN ('approved', 'rejected', 'needs_rebase') AND d."deletedAt" IS NULL
        AND (u."reviewSeenAt" IS NULL OR p."updatedAt" > u."reviewSeenAt")) AS "unseen"`);

/**
 * What the header's Review queue badge and the queue's own heading count: proposals on live
 * documents waiting for a reviewer other than their author (four eyes: one's own never count),
 * those of them that are a changeset's documents, and decisions on the user's own proposals
 * since they last opened the review queue. One prepared query (lib/db/prepared-read): every
 * page render pays for it.
 */
export async function countReviewNews({ user }: { user: UserRef }) {
  const rows = await reviewNews(user.id, user.id, user.id);
  return { waiting: Number(rows[0]?.waiting ?? 0), inChangesets: Number(rows[0]?.inChangesets ?? 0), unseenDecisions: Number(rows[0]?.unseen ?? 0) };
}
