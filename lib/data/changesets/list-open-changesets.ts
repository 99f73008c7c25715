import "server-only";
import { getDb } from "../../db";
import { sqlDate } from "../raw-values";

export interface OpenChangeset {
  id: string;
  message: string;
  query: string;
  replacement: string;
  authorName: string;
  createdAt: Date;
  /** Its proposals still waiting for a reviewer. */
  waiting: number;
}

/** Corrector's changesets with proposals still waiting, oldest first: one review-queue item each. */
export async function listOpenChangesets(): Promise<OpenChangeset[]> {
  const rows = await getDb().$queryRaw<(Omit<OpenChangeset, "createdAt" | "waiting"> & { createdAt: unknown; waiting: number | bigint })[]>`
    SELECT c."id", c."message", c."query", c."replacement", u."displayName" AS "authorName", c."createdAt", count(p."id") AS "waiting"
    FROM "Changeset" c JOIN "User" u ON u."id" = c."authorId"
    JOIN "Proposal" p ON p."changesetId" = c."id" AND p."status" = 'proposed'
    JOIN "Document" d ON d."id" = p."documentId" AND d."deletedAt" IS NULL
    GROUP BY c."id" ORDER BY c."createdAt" ASC`;
  return rows.map((r) => ({ ...r, createdAt: sqlDate(r.createdAt), waiting: Number(r.waiting) }));
}
