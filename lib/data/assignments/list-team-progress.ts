import "server-only";
import { getDb } from "../../server/db";
import type { PersonProgress } from "./team-progress-shape";

const DONE = new Set(["corrected", "approved"]);

/**
 * Progress by person, for a collection or all: what is assigned to each and where it stands
 * (not started = raw OCR, in progress, done = corrected or approved; overdue = not done after its
 * due day), the revisions credited to them and their proposals waiting. Everyone with an
 * assignment, a revision or a waiting proposal there is listed, most assigned first.
 */
export async function listTeamProgress({ collectionId, today = new Date().toISOString().slice(0, 10) }: { collectionId?: string; today?: string } = {}): Promise<PersonProgress[]> {
  const db = getDb();
  const inScope = { deletedAt: null, ...(collectionId ? { collectionId } : {}) };
  const [assignments, revisions, waiting, keyings] = await Promise.all([
    db.assignment.findMany({ where: { document: inScope }, select: { userId: true, dueDate: true, document: { select: { status: true } } } }),
    db.revision.groupBy({ by: ["authorId"], where: { seq: { gt: 0 }, authorId: { not: null }, document: inScope }, _count: { _all: true } }),
    db.proposal.groupBy({ by: ["authorId"], where: { status: "proposed", document: inScope }, _count: { _all: true } }),
    db.keying.findMany({ where: { document: inScope }, select: { authorAId: true, authorBId: true, agreement: true, disagreements: true, forA: true, forB: true } }),
  ]);
  const people = new Map<string, PersonProgress>();
  const person = (userId: string) => {
    let p = people.get(userId);
    if (!p) people.set(userId, (p = { userId, name: "", assigned: { total: 0, notStarted: 0, inProgress: 0, done: 0, overdue: 0 }, revisions: 0, waiting: 0, keying: null }));
    return p;
  };
  for (const a of assignments) {
    const p = person(a.userId).assigned;
    const status = a.document.status;
    p.total++;
    if (DONE.has(status)) p.done++;
    else {
      if (status === "raw") p.notStarted++;
      else p.inProgress++;
      if (a.dueDate && a.dueDate < today) p.overdue++;
    }
  }
  for (const r of revisions) person(r.authorId!).revisions = r._count._all;
  for (const w of waiting) person(w.authorId).waiting = w._count._all;
  const kept = new Map<string, { documents: number; agreement: number; kept: number; differences: number }>();
  for (const k of keyings) {
    for (const [userId, won] of [[k.authorAId, k.forA], [k.authorBId, k.forB]] as const) {
      const t = kept.get(userId) ?? { documents: 0, agreement: 0, kept: 0, differences: 0 };
      kept.set(userId, { documents: t.documents + 1, agreement: t.agreement + k.agreement, kept: t.kept + won, differences: t.differences + k.disagreements });
    }
  }
  for (const [userId, t] of kept) person(userId).keying = { documents: t.documents, agreement: t.agreement / t.documents, kept: t.differences ? t.kept / t.differences : null };
  const names = await db.user.findMany({ where: { id: { in: [...people.keys()] } }, select: { id: true, displayName: true } });
  for (const u of names) person(u.id).name = u.displayName;
  return [...people.values()].sort((a, b) => b.assigned.total - a.assigned.total || b.revisions - a.revisions || a.name.localeCompare(b.name));
}
