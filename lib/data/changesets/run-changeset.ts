import "server-only";
import { getDb } from "../../db";
import { isAppError } from "../../errors";
import { applyEdits, recheckEdits } from "../../changesets/plan";
import { recordAudit } from "../audit/audit";
import { createProposal } from "../proposals/create-proposal";
import { createRevision, readHead } from "../revisions/create-revision";
import { getRevisionText } from "../revisions/revisions";
import type { Role } from "../../auth/permissions";
import type { UserRef } from "../users/users";
import type { PreviewEdit, SkippedEdit } from "./changeset-shape";

// Changesets this process is applying: a second call for one of them does nothing.
const running = new Set<string>();
/** Saves racing a document part are retried this often before its edits are skipped. */
const MAX_ATTEMPTS = 5;

/**
 * Applies a stored changeset one document at a time, each in its own transaction (never one
 * for the corpus): each planned edit is checked again against the head, applied where the same
 * text still stands, and skipped with its reason otherwise; the rest still goes through. For a
 * committer each document gets a revision, for a corrector a proposal. Progress is the count of
 * parts no longer pending, so it survives a restart, and a second run carries on where one left.
 */
export async function runChangeset({ id, onProgress }: { id: string; onProgress?: (done: number, total: number) => void }): Promise<void> {
  if (running.has(id)) return;
  running.add(id);
  try {
    const db = getDb();
    const changeset = await db.changeset.findUniqueOrThrow({
      where: { id },
      select: { status: true, kind: true, message: true, authorId: true, author: { select: { id: true, username: true, displayName: true, role: true } } },
    });
    if (changeset.status !== "applying") return;
    const parts = await db.changesetDocument.findMany({ where: { changesetId: id }, select: { id: true, documentId: true, baseSeq: true, edits: true, status: true }, orderBy: { id: "asc" } });
    let done = parts.filter((p) => p.status !== "pending").length;
    for (const part of parts) {
      if (part.status !== "pending") continue;
      const author = { ...changeset.author, role: changeset.author.role as Role };
      await applyPart({ changesetId: id, part: { ...part, edits: part.edits as unknown as PreviewEdit[] }, kind: changeset.kind, message: changeset.message, author });
      onProgress?.(++done, parts.length);
    }
    await db.$transaction(async (tx) => {
      const counts = await tx.changesetDocument.groupBy({ by: ["status"], where: { changesetId: id }, _count: true });
      const status = changeset.kind === "commit" ? "applied" : "proposed";
      await tx.changeset.update({ where: { id }, data: { status } });
      await recordAudit({
        tx, actorId: changeset.authorId, action: "changeset.apply", subjectType: "changeset", subjectId: id, fromState: "applying", toState: status,
        detail: counts.map((c) => `${c._count} ${c.status}`).join(", "),
      });
    });
  } finally {
    running.delete(id);
  }
}

export const isRunning = (id: string) => running.has(id);

interface Part {
  id: string;
  documentId: string;
  baseSeq: number;
  edits: PreviewEdit[];
}

async function applyPart({ changesetId, part, kind, message, author }: {
  changesetId: string; part: Part; kind: string; message: string; author: UserRef;
}) {
  const db = getDb();
  for (let attempt = 1; ; attempt++) {
    const head = await readHead({ documentId: part.documentId });
    const skipAll = (reason: string) => part.edits.map((e) => ({ hitId: e.hitId, before: e.before, reason }));
    if (!head) return finish(part.id, "skipped", skipAll("the document was deleted"));
    const planned = head.headSeq === part.baseSeq ? head.headText : await getRevisionText({ documentId: part.documentId, seq: part.baseSeq });
    const checks = recheckEdits(planned, head.headText, part.edits);
    const edits = checks.flatMap((c, i) => (c.ok ? [{ ...part.edits[i], ...c.edit }] : []));
    const skipped: SkippedEdit[] = checks.flatMap((c, i) => (c.ok ? [] : [{ hitId: part.edits[i].hitId, before: part.edits[i].before, reason: c.reason }]));
    if (!edits.length) return finish(part.id, "skipped", skipped);
    const text = applyEdits(head.headText, edits);
    // From now on the part holds the edits as applied, on the text they were applied to: per-hit
    // approval and undo read them there.
    const applied = { baseSeq: head.headSeq, edits: edits as unknown as object, skipped: skipped as unknown as object };
    if (!text.trim()) return finish(part.id, "skipped", skipAll("the replacement would leave the document empty"));
    try {
      if (kind === "commit") {
        await createRevision({
          documentId: part.documentId, baseSeq: head.headSeq, text, message, authorId: author.id,
          alsoInTransaction: async (tx, { seq }) => {
            await tx.changesetDocument.update({ where: { id: part.id }, data: { status: "applied", resultSeq: seq, ...applied } });
            await recordAudit({
              tx, actorId: author.id, action: "changeset.document", subjectType: "changeset", subjectId: changesetId, documentId: part.documentId,
              toState: "applied", detail: `${message}: ${edits.length} replaced${skipped.length ? `, ${skipped.length} skipped` : ""} (revision ${seq})`,
            });
          },
        });
      } else {
        await createProposal({
          documentId: part.documentId, baseSeq: head.headSeq, text, message, author, changesetId,
          alsoInTransaction: (tx, proposal) =>
            tx.changesetDocument.update({ where: { id: part.id }, data: { status: "proposed", proposalId: proposal.id, ...applied } }).then(() => undefined),
        });
      }
      return;
    } catch (e) {
      // Another save moved the head between our read and our write: check the edits again.
      if (!(isAppError(e) && e.code === "stale_base") || attempt >= MAX_ATTEMPTS) {
        if (isAppError(e)) return finish(part.id, "skipped", skipAll(e.message));
        throw e;
      }
    }
  }
}

function finish(partId: string, status: "skipped", skipped: SkippedEdit[]) {
  return getDb().changesetDocument.update({ where: { id: partId }, data: { status, skipped: skipped as unknown as object } }).then(() => undefined);
}
