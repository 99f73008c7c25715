import "server-only";
import { preparedRead } from "../../server/db/prepared-read";

// Hand-written reads that every request of its kind makes, prepared once (lib/server/db/prepared-read):
// Prisma's query interpreter costs per row and per byte, several times the statement on these.

export const openProposals = preparedRead<{ id: string; status: string; message: string; baseSeq: number | bigint; patch: string }>(`
  SELECT "id", "status", "message", "baseSeq", "patch" FROM "Proposal"
  WHERE "documentId" = ? AND "authorId" = ? AND "status" IN ('proposed', 'needs_rebase')
  ORDER BY "createdAt" DESC`);

export const reviewNews = preparedRead<{ waiting: unknown; inChangesets: unknown; unseen: unknown }>(`
  SELECT
    (SELECT COUNT(*) FROM "Proposal" p JOIN "Document" d ON d."id" = p."documentId"
      WHERE p."status" = 'proposed' AND p."authorId" <> ? AND d."deletedAt" IS NULL) AS "waiting",
    (SELECT COUNT(*) FROM "Proposal" p JOIN "Document" d ON d."id" = p."documentId"
      WHERE p."status" = 'proposed' AND p."authorId" <> ? AND d."deletedAt" IS NULL AND p."changesetId" IS NOT NULL) AS "inChangesets",
    (SELECT COUNT(*) FROM "Proposal" p JOIN "Document" d ON d."id" = p."documentId" JOIN "User" u ON u."id" = p."authorId"
      WHERE p."authorId" = ? AND p."status" IN ('approved', 'rejected', 'needs_rebase') AND d."deletedAt" IS NULL
        AND (u."reviewSeenAt" IS NULL OR p."updatedAt" > u."reviewSeenAt")) AS "unseen"`);
