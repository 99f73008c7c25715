import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { authorFields, AUTHOR_SELECT } from "../users/author-ref";
import { parseChangesetEdits, parseChangesetSkipped, type ChangesetDocumentStatus, type ChangesetKind, type ChangesetStatus, type ChangesetView } from "./changeset-shape";

/** A changeset with its progress, each document's part and the hits skipped, with reasons. */
export async function getChangeset({ id }: { id: string }): Promise<ChangesetView> {
  const db = getDb();
  const c = await db.changeset.findUnique({
    where: { id },
    select: {
      id: true, status: true, kind: true, query: true, mode: true, replacement: true, message: true, hitCount: true, createdAt: true,
      author: AUTHOR_SELECT,
      documents: {
        select: { documentId: true, status: true, edits: true, skipped: true, resultSeq: true, revertSeq: true, proposalId: true, document: { select: { title: true } } },
        orderBy: { id: "asc" },
      },
      proposals: { select: { id: true, status: true, resultSeq: true } },
    },
  });
  if (!c) throw new AppError("not_found", `No changeset with id ${id}`);
  const proposals = new Map(c.proposals.map((p) => [p.id, p]));
  const author = authorFields(c.author);
  return {
    id: c.id, status: c.status as ChangesetStatus, kind: c.kind as ChangesetKind, query: c.query, mode: c.mode, replacement: c.replacement,
    message: c.message, author: { id: author.authorId ?? "", name: author.authorName }, createdAt: c.createdAt.toISOString(), hits: c.hitCount,
    progress: { done: c.documents.filter((d) => d.status !== "pending").length, total: c.documents.length },
    documents: c.documents.map((d) => {
      const proposal = d.proposalId ? proposals.get(d.proposalId) : undefined;
      return {
        documentId: d.documentId, title: d.document.title, status: d.status as ChangesetDocumentStatus,
        proposalId: d.proposalId, proposalStatus: proposal?.status ?? null,
        edits: parseChangesetEdits(d.edits), skipped: parseChangesetSkipped(d.skipped),
        resultSeq: d.resultSeq ?? proposal?.resultSeq ?? null, revertSeq: d.revertSeq,
      };
    }),
  };
}
