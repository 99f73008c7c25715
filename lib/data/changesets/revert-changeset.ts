import "server-only";
import { sendJob } from "../../server/jobs/jobs";
import { getDb } from "../../server/db";
import { canCommitDirectly } from "../../auth/permissions";
import { parseCollectionSettings, reviewPolicyOf } from "../collections/collection-settings-shape";
import type { DbTx } from "../../server/db";
import { AppError, isAppError } from "../../errors";
import { undoText } from "../../changesets/plan";
import { recordAudit } from "../audit/audit";
import { createRevision } from "../revisions/create-revision";
import { readHead } from "../revisions/revision-sql";
import { getRevisionText } from "../revisions/revisions";
import { whileHeadMoves } from "../revisions/while-head-moves";
import { createPacer } from "../../server/workers/pacer";
import type { UserRef } from "../users/users";

/**
 * Collections among the changeset's documents where `user` may not save to the text directly:
 * an undo is a direct revision in each, so the review policy there must allow it.
 */
export async function collectionsBarringUndo({ tx = getDb(), id, user }: { tx?: DbTx; id: string; user: UserRef }): Promise<string[]> {
  if (user.role === "admin") return [];
  const collections = await tx.collection.findMany({
    where: { documents: { some: { changesets: { some: { changesetId: id } } } } },
    select: { name: true, settings: true },
  });
  return collections.filter((c) => !canCommitDirectly(user.role, reviewPolicyOf(parseCollectionSettings(c.settings)))).map((c) => c.name);
}

/**
 * Starts undoing a changeset: from applied (or proposed, for the proposals approved so far) to
 * reverting, with the job that does the work a document at a time (runRevert). Twice is a 409. An undo writes
 * revisions directly, so it needs the right to save directly in every collection it touches.
 */
export async function startRevert({ id, user }: { id: string; user: UserRef }) {
  const db = getDb();
  return db.$transaction(async (tx) => {
    const changeset = await tx.changeset.findUnique({ where: { id }, select: { status: true, message: true } });
    if (!changeset) throw new AppError("not_found", `No changeset with id ${id}`);
    const barred = await collectionsBarringUndo({ tx, id, user });
    if (barred.length) {
      throw new AppError("forbidden", `An undo saves to the text directly, which a ${user.role} may not do in ${barred.join(", ")}: ask an admin to undo this changeset`);
    }
    const moved = await tx.changeset.updateMany({ where: { id, status: { in: ["applied", "proposed"] } }, data: { status: "reverting", revertedById: user.id } });
    if (moved.count !== 1) throw new AppError("conflict", `This changeset is ${changeset.status}: it cannot be undone now`, { reason: "invalid_transition" });
    await recordAudit({ tx, actorId: user.id, action: "changeset.revert", subjectType: "changeset", subjectId: id, fromState: changeset.status, toState: "reverting", detail: `Undo: ${changeset.message}` });
    await sendJob("changeset", { changesetId: id }, { tx });
    return { id, status: "reverting" as const };
  });
}

/**
 * Undoes each document's part with a new revision that reverts exactly its changes, merged
 * three ways onto the head so that later unrelated fixes stay; a document where that conflicts
 * is marked revert_conflict and listed. A part is its revision (a committer's changeset) or its
 * approved proposal's; parts never applied have nothing to undo. Run by the job engine for
 * `budgetMs` at a time, as runChangeset is.
 */
export async function runRevert({ id, budgetMs = Infinity }: { id: string; budgetMs?: number }): Promise<"more" | "done"> {
  const db = getDb();
  const changeset = await db.changeset.findUnique({ where: { id }, select: { status: true, message: true, revertedById: true, authorId: true } });
  if (changeset?.status !== "reverting") return "done";
  {
    const actorId = changeset.revertedById ?? changeset.authorId;
    const parts = await db.changesetDocument.findMany({ where: { changesetId: id, revertSeq: null, status: { in: ["applied", "proposed"] } }, select: { id: true, documentId: true, resultSeq: true, proposalId: true }, orderBy: { id: "asc" } });
    const approved = new Map((await db.proposal.findMany({ where: { changesetId: id, status: "approved" }, select: { id: true, resultSeq: true } })).map((p) => [p.id, p.resultSeq]));
    const pacer = createPacer();
    const until = performance.now() + budgetMs;
    for (const part of parts) {
      const seq = part.proposalId ? approved.get(part.proposalId) ?? null : part.resultSeq;
      if (seq === null || seq === undefined || seq === 0) continue;
      if (performance.now() > until) return "more";
      await pacer.rest();
      await revertPart({ changesetId: id, partId: part.id, documentId: part.documentId, seq, message: changeset.message, actorId });
    }
    await db.$transaction(async (tx) => {
      // Another process undoing the same changeset may have finished it first.
      const moved = await tx.changeset.updateMany({ where: { id, status: "reverting" }, data: { status: "reverted" } });
      if (!moved.count) return;
      const conflicts = await tx.changesetDocument.count({ where: { changesetId: id, status: "revert_conflict" } });
      await recordAudit({ tx, actorId, action: "changeset.revert", subjectType: "changeset", subjectId: id, fromState: "reverting", toState: "reverted", detail: conflicts ? `${conflicts} document(s) could not be undone: later changes overlap` : "Undone" });
    });
  }
  return "done";
}

async function revertPart({ changesetId, partId, documentId, seq, message, actorId }: { changesetId: string; partId: string; documentId: string; seq: number; message: string; actorId: string }) {
  const db = getDb();
  // Every write to the part holds only while it is not undone yet, so that two runs undoing one
  // changeset at once (one taken for lost while it was only slow) never undo a part twice.
  const notYet = { id: partId, revertSeq: null, status: { in: ["applied", "proposed"] } };
  const conflict = (why: string) => db.changesetDocument.updateMany({ where: notYet, data: { status: "revert_conflict", skipped: [{ hitId: "", before: "", reason: why }] } });
  // An approval whose changes were all in the text already made no revision of its own: its
  // result is someone else's revision, which is not this changeset's to undo.
  const made = await db.revision.findUnique({ where: { documentId_seq: { documentId, seq } }, select: { message: true } });
  if (!made?.message.startsWith(message)) return;
  try {
    await whileHeadMoves(async () => {
      const head = await readHead({ documentId });
      if (!head) return conflict("the document was deleted");
      const [before, after] = await Promise.all([getRevisionText({ documentId, seq: seq - 1 }), getRevisionText({ documentId, seq })]);
      const merged = undoText(before, after, head.headText);
      if (!merged.ok) return conflict(`later revisions changed the same words in ${merged.error.conflicts.length} place(s)`);
      if (merged.value === head.headText) return db.changesetDocument.updateMany({ where: notYet, data: { status: "reverted", revertSeq: head.headSeq } });
      await createRevision({
        documentId, baseSeq: head.headSeq, text: merged.value, message: `Undo: ${message}`, authorId: actorId, undoes: { from: seq, to: seq },
        alsoInTransaction: async (tx, r) => {
          const claimed = await tx.changesetDocument.updateMany({ where: notYet, data: { status: "reverted", revertSeq: r.seq } });
          if (!claimed.count) throw new AppError("conflict", "This document's part was undone meanwhile", { reason: "done_elsewhere" });
          await recordAudit({ tx, actorId, action: "changeset.document", subjectType: "changeset", subjectId: changesetId, documentId, toState: "reverted", detail: `Undo: ${message} (revision ${r.seq})` });
        },
      });
    });
  } catch (e) {
    if (isAppError(e)) return conflict(e.message);
    throw e;
  }
}
