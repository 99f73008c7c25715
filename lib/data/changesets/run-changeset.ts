import "server-only";
import { getDb } from "../../server/db";
import type { DbTx } from "../../server/db";
import { AppError, isAppError } from "../../errors";
import type { Prisma } from "../../server/generated/prisma/client";
import { applyEdits, recheckEdits } from "../../changesets/plan";
import { announce } from "../notifications/announce";
import { notifyReviewers } from "../notifications/notify-reviewers";
import { recordAudit } from "../audit/audit";
import { createProposal } from "../proposals/create-proposal";
import { createRevision } from "../revisions/create-revision";
import { readHead } from "../revisions/revision-sql";
import { getRevisionText } from "../revisions/revisions";
import { whileHeadMoves } from "../revisions/while-head-moves";
import { createPacer } from "../../server/workers/pacer";
import type { Role } from "../../auth/permissions";
import type { UserRef } from "../users/users";
import type { PreviewEdit, SkippedEdit } from "./changeset-shape";
import { parseChangesetEdits } from "./changeset-shape";

/**
 * Applies a stored changeset one document at a time, each in its own transaction (never one
 * for the corpus): each planned edit is checked again against the head, applied where the same
 * text still stands, and skipped with its reason otherwise; the rest still goes through. For a
 * committer each document gets a revision, for a corrector a proposal. Progress is the count of
 * parts no longer pending, so it survives a restart, and a second run carries on where one left.
 * The job engine runs it for `budgetMs` at a time ("more": another run is due); two runs at once
 * (a run taken for lost while it was only slow) apply no part twice (claimPart).
 */
export async function runChangeset({ id, onProgress, budgetMs = Infinity }: { id: string; onProgress?: (done: number, total: number) => void; budgetMs?: number }): Promise<"more" | "done"> {
  const db = getDb();
  const changeset = await db.changeset.findUnique({
    where: { id },
    select: { status: true, kind: true, message: true, authorId: true, author: { select: { id: true, username: true, displayName: true, role: true } } },
  });
  if (changeset?.status !== "applying") return "done";
  {
    const parts = await db.changesetDocument.findMany({ where: { changesetId: id }, select: { id: true, documentId: true, baseSeq: true, edits: true, status: true }, orderBy: { id: "asc" } });
    let done = parts.filter((p) => p.status !== "pending").length;
    const pacer = createPacer();
    const until = performance.now() + budgetMs;
    for (const part of parts) {
      if (part.status !== "pending") continue;
      if (performance.now() > until) return "more";
      // Off the request, and with the loop free half the time: other requests never wait long.
      await pacer.rest();
      const author = { ...changeset.author, role: changeset.author.role as Role };
      await applyPart({ changesetId: id, part: { ...part, edits: parseChangesetEdits(part.edits) }, kind: changeset.kind, message: changeset.message, author });
      onProgress?.(++done, parts.length);
    }
    const told = await db.$transaction(async (tx) => {
      const counts = await tx.changesetDocument.groupBy({ by: ["status"], where: { changesetId: id }, _count: true });
      const status = changeset.kind === "commit" ? "applied" : "proposed";
      // Another process running the same changeset may have finished it first.
      const moved = await tx.changeset.updateMany({ where: { id, status: "applying" }, data: { status } });
      if (moved.count) await recordAudit({
        tx, actorId: changeset.authorId, action: "changeset.apply", subjectType: "changeset", subjectId: id, fromState: "applying", toState: status,
        detail: counts.map((c) => `${c._count} ${c.status}`).join(", "),
      });
      if (!moved.count || status !== "proposed") return [];
      const waiting = counts.find((c) => c.status === "proposed")?._count ?? 0;
      if (!waiting) return [];
      return notifyReviewers({
        tx, authorId: changeset.authorId, link: `/changesets/${id}`,
        text: `${changeset.author.displayName} proposed “${changeset.message}” across ${waiting} document${waiting === 1 ? "" : "s"}`,
      });
    });
    await announce(told);
  }
  return "done";
}

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
  try {
    await whileHeadMoves(async () => {
      const head = await readHead({ documentId: part.documentId });
      if (!head) return finish(part.id, "skipped", skipAllOf(part, "the document was deleted"));
      const planned = head.headSeq === part.baseSeq ? head.headText : await getRevisionText({ documentId: part.documentId, seq: part.baseSeq });
      const checks = recheckEdits(planned, head.headText, part.edits);
      const edits = checks.flatMap((c, i) => (c.ok ? [{ ...part.edits[i], ...c.edit }] : []));
      const skipped: SkippedEdit[] = checks.flatMap((c, i) => (c.ok ? [] : [{ hitId: part.edits[i].hitId, before: part.edits[i].before, reason: c.reason }]));
      if (!edits.length) return finish(part.id, "skipped", skipped);
      const text = applyEdits(head.headText, edits);
      // From now on the part holds the edits as applied, on the text they were applied to: per-hit
      // approval and undo read them there.
      const applied = { baseSeq: head.headSeq, edits: edits as unknown as object, skipped: skipped as unknown as object };
      if (!text.trim()) return finish(part.id, "skipped", skipAllOf(part, "the replacement would leave the document empty"));
      if (kind === "commit") {
        await createRevision({
          documentId: part.documentId, baseSeq: head.headSeq, text, message, authorId: author.id,
          alsoInTransaction: async (tx, { seq }) => {
            await claimPart(tx, part.id, { status: "applied", resultSeq: seq, ...applied });
            await recordAudit({
              tx, actorId: author.id, action: "changeset.document", subjectType: "changeset", subjectId: changesetId, documentId: part.documentId,
              toState: "applied", detail: `${message}: ${edits.length} replaced${skipped.length ? `, ${skipped.length} skipped` : ""} (revision ${seq})`,
            });
          },
        });
      } else {
        await createProposal({
          documentId: part.documentId, baseSeq: head.headSeq, text, message, author, changesetId,
          alsoInTransaction: (tx, proposal) => claimPart(tx, part.id, { status: "proposed", proposalId: proposal.id, ...applied }),
        });
      }
    });
  } catch (e) {
    // Another save kept moving the head (each round checks the edits again), or a refusal.
    if (isAppError(e)) return finish(part.id, "skipped", skipAllOf(part, e.message));
    throw e;
  }
}

const skipAllOf = (part: Part, reason: string): SkippedEdit[] => part.edits.map((e) => ({ hitId: e.hitId, before: e.before, reason }));

/**
 * Marks a part done in the transaction of its revision or proposal, only while it is pending:
 * when two runs apply one changeset at once (one taken for lost while only slow), the second there
 * rolls its revision back instead of applying the part twice.
 */
async function claimPart(tx: DbTx, partId: string, data: Prisma.ChangesetDocumentUpdateManyMutationInput) {
  const claimed = await tx.changesetDocument.updateMany({ where: { id: partId, status: "pending" }, data });
  if (claimed.count === 0) throw new AppError("conflict", "This document's part of the changeset was done meanwhile", { reason: "done_elsewhere" });
}

function finish(partId: string, status: "skipped", skipped: SkippedEdit[]) {
  return getDb().changesetDocument.updateMany({ where: { id: partId, status: "pending" }, data: { status, skipped: skipped as unknown as object } }).then(() => undefined);
}
