import "server-only";
import { can, type Role } from "../../auth/permissions";
import { getDb } from "../../server/db";
import type { MyWork } from "./work-shape";

/** Proposals sent back this long ago or less are listed; older ones are history. */
const SENT_BACK_DAYS = 90;

/**
 * One person's work: documents assigned to them (due first, then oldest), proposals by others
 * waiting for review (reviewers and admins; oldest first), and their own proposals rejected or
 * needing a rebase in the last SENT_BACK_DAYS days (newest first).
 */
export async function listMyWork({ user, now = new Date() }: { user: { id: string; role: string }; now?: Date }): Promise<MyWork> {
  const db = getDb();
  const [assigned, toReview, sentBack] = await Promise.all([
    db.assignment.findMany({
      where: { userId: user.id, document: { deletedAt: null } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      select: { documentId: true, dueDate: true, createdAt: true, document: { select: { title: true, status: true } }, assignedBy: { select: { displayName: true } } },
    }),
    can(user.role as Role, "proposal.review")
      ? db.proposal.findMany({
          where: { status: "proposed", authorId: { not: user.id }, document: { deletedAt: null } },
          orderBy: { createdAt: "asc" },
          take: 200,
          select: { id: true, documentId: true, createdAt: true, document: { select: { title: true } }, author: { select: { displayName: true } } },
        })
      : [],
    db.proposal.findMany({
      where: { authorId: user.id, status: { in: ["rejected", "needs_rebase"] }, document: { deletedAt: null }, OR: [{ decidedAt: null }, { decidedAt: { gte: new Date(now.getTime() - SENT_BACK_DAYS * 86_400_000) } }] },
      orderBy: { updatedAt: "desc" },
      take: 200,
      select: { id: true, documentId: true, status: true, note: true, decidedAt: true, document: { select: { title: true } } },
    }),
  ]);
  return {
    assigned: assigned.map((a) => ({ documentId: a.documentId, title: a.document.title, status: a.document.status, dueDate: a.dueDate, assignedBy: a.assignedBy.displayName, assignedAt: a.createdAt.toISOString() })),
    toReview: toReview.map((p) => ({ proposalId: p.id, documentId: p.documentId, title: p.document.title, author: p.author.displayName, createdAt: p.createdAt.toISOString() })),
    sentBack: sentBack.map((p) => ({ proposalId: p.id, documentId: p.documentId, title: p.document.title, status: p.status as "rejected" | "needs_rebase", note: p.note, decidedAt: p.decidedAt?.toISOString() ?? null })),
  };
}
