import "server-only";
import { getDb, type DbTx } from "../../server/db";
import type { ActivityItem } from "./audit-shape";

export interface AuditInput {
  actorId: string | null;
  /** Dotted verb: proposal.approve, document.mark_corrected, user.role, token.revoke… */
  action: string;
  subjectType: "document" | "proposal" | "revision" | "user" | "token" | "collection" | "annotation" | "changeset" | "job";
  subjectId: string;
  documentId?: string | null;
  fromState?: string | null;
  toState?: string | null;
  detail?: string | null;
}

/** Writes an audit event. Pass the transaction of the change, so that both land or neither. */
export async function recordAudit({ tx, ...event }: AuditInput & { tx: DbTx }): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: event.actorId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      documentId: event.documentId ?? null,
      fromState: event.fromState ?? null,
      toState: event.toState ?? null,
      detail: event.detail?.slice(0, 1000) ?? null,
    },
  });
}


/**
 * A document's activity, newest first: its audit events, and its saved revisions (which are
 * their own record of who changed the text, so saves write no separate event).
 */
export async function listActivity({ documentId, limit = 200 }: { documentId: string; limit?: number }): Promise<ActivityItem[]> {
  const db = getDb();
  const revisions = await db.revision.findMany({
    where: { documentId, seq: { gt: 0 } },
    orderBy: { seq: "desc" },
    take: limit,
    select: { seq: true, createdAt: true, message: true, author: { select: { username: true, displayName: true } } },
  });
  const saves: ActivityItem[] = revisions.map((r) => ({
    id: `revision-${r.seq}`, createdAt: r.createdAt.toISOString(), actor: r.author, action: "revision.create", subjectType: "revision",
    subjectId: String(r.seq), fromState: null, toState: null, detail: `Revision ${r.seq} stored: “${r.message}”`,
  }));
  const rows = await db.auditEvent.findMany({
    where: { documentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true, createdAt: true, action: true, subjectType: true, subjectId: true, fromState: true, toState: true, detail: true,
      actor: { select: { username: true, displayName: true } },
    },
  });
  const events = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  return [...events, ...saves].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}
