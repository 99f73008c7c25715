import "server-only";
import { getDb } from "../../server/db";

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
  const waiting = { status: "proposed", document: { deletedAt: null } };
  const rows = await getDb().changeset.findMany({
    where: { proposals: { some: waiting } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true, message: true, query: true, replacement: true, createdAt: true,
      author: { select: { displayName: true } },
      _count: { select: { proposals: { where: waiting } } },
    },
  });
  return rows.map(({ author, _count, ...r }) => ({ ...r, authorName: author.displayName, waiting: _count.proposals }));
}
