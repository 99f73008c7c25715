import "server-only";
import { getDb } from "../../server/db";
import { AppError, isAppError } from "../../errors";
import { proposalHunks } from "../../review/hunks";
import { recordAudit } from "../audit/audit";
import { approveProposal } from "../proposals/approve-proposal";
import { rejectProposal } from "../proposals/decide-proposal";
import { getProposalTexts, findProposal } from "../proposals/proposal-texts";
import type { UserRef } from "../users/users";
import type { Edit } from "../../changesets/plan";
import { parseChangesetEdits, type DecisionOutcome } from "./changeset-shape";

/** Which parts to approve: documents, each whole or only some of its hits (ids from the changeset). */
export type ChangesetSelection = { documentId: string; hits?: string[] }[];


/**
 * Approves a corrector's changeset: every open proposal of it, or the documents selected, each
 * whole or for some of its hits (through the proposals' per-hunk approval). Each document is
 * approved on its own, as any proposal is: a conflict with later changes leaves that proposal for
 * its author to rebase and the rest goes on. Racing approvals of one changeset are serialised by
 * the proposals' own guard, so nothing is applied twice; the loser is told per document.
 */
export async function approveChangeset({ id, reviewer, note, selection }: { id: string; reviewer: UserRef; note?: string; selection?: ChangesetSelection }) {
  const parts = await openParts(id);
  const chosen = selection ? new Map(selection.map((s) => [s.documentId, s.hits])) : null;
  if (chosen) {
    const unknown = [...chosen.keys()].filter((d) => !parts.some((p) => p.documentId === d));
    if (unknown.length) throw new AppError("invalid", `This changeset has no open proposal for document ${unknown.join(", ")}`);
  }
  const outcomes: DecisionOutcome[] = [];
  for (const part of parts) {
    if (chosen && !chosen.has(part.documentId)) continue;
    try {
      const hits = chosen?.get(part.documentId);
      const hunks = hits ? await hunksForHits(part, hits) : undefined;
      const { seq } = await approveProposal({ proposalId: part.proposalId, reviewer, note, hunks });
      outcomes.push({ documentId: part.documentId, outcome: "approved", seq });
    } catch (e) {
      if (!isAppError(e)) throw e;
      outcomes.push({ documentId: part.documentId, outcome: "failed", message: e.message });
    }
  }
  await audit(id, reviewer, "changeset.approve", outcomes, note);
  return { outcomes };
}

/** Rejects every open proposal of a changeset (or the selected documents'), with the reviewer's note. */
export async function rejectChangeset({ id, reviewer, note, selection }: { id: string; reviewer: UserRef; note: string; selection?: ChangesetSelection }) {
  if (!note.trim()) throw new AppError("invalid", "Say why in a note: the author reads it");
  const parts = await openParts(id);
  const chosen = selection ? new Set(selection.map((s) => s.documentId)) : null;
  const outcomes: DecisionOutcome[] = [];
  for (const part of parts) {
    if (chosen && !chosen.has(part.documentId)) continue;
    try {
      await rejectProposal({ proposalId: part.proposalId, reviewer, note });
      outcomes.push({ documentId: part.documentId, outcome: "rejected" });
    } catch (e) {
      if (!isAppError(e)) throw e;
      outcomes.push({ documentId: part.documentId, outcome: "failed", message: e.message });
    }
  }
  await audit(id, reviewer, "changeset.reject", outcomes, note);
  return { outcomes };
}

async function openParts(id: string) {
  const db = getDb();
  const changeset = await db.changeset.findUnique({ where: { id }, select: { kind: true } });
  if (!changeset) throw new AppError("not_found", `No changeset with id ${id}`);
  if (changeset.kind !== "propose") throw new AppError("conflict", "This changeset was applied directly: there is nothing to approve", { reason: "invalid_transition" });
  const rows = await db.changesetDocument.findMany({
    where: { changesetId: id, status: "proposed", proposalId: { not: null } },
    select: { documentId: true, proposalId: true, edits: true },
    orderBy: { id: "asc" },
  });
  const open = new Set((await db.proposal.findMany({ where: { changesetId: id, status: "proposed" }, select: { id: true } })).map((p) => p.id));
  return rows.filter((r) => open.has(r.proposalId!)).map((r) => ({ documentId: r.documentId, proposalId: r.proposalId!, edits: parseChangesetEdits(r.edits) }));
}

/**
 * The proposal's hunks (lib/review/hunks) that hold the chosen hits. The proposal was made with
 * the edits at these offsets on its base; a word-level hunk that joins a chosen hit with one
 * left out cannot be split, and is refused in words.
 */
async function hunksForHits(part: { proposalId: string; edits: Edit[] }, hits: string[]): Promise<number[]> {
  const wanted = new Set(hits);
  const unknown = hits.filter((h) => !part.edits.some((e) => e.hitId === h));
  if (unknown.length) throw new AppError("invalid", `This document's part has no hit ${unknown.join(", ")}`);
  const proposal = await findProposal({ tx: getDb(), id: part.proposalId });
  const { base, proposed } = await getProposalTexts({ tx: getDb(), proposal });
  const hunks = proposalHunks(base, proposed);
  const chosen: number[] = [];
  for (const h of hunks) {
    // An edit replaces a non-empty hit; a hunk that only inserts sits at one offset.
    const inside = part.edits.filter((e) => (h.start === h.end ? e.start <= h.start && h.start <= e.end : e.start < h.end && e.end > h.start));
    const picked = inside.filter((e) => wanted.has(e.hitId));
    if (picked.length && picked.length < inside.length) {
      throw new AppError("invalid", `“${inside.map((e) => e.before).join("” and “")}” are one change here: approve both or leave both out`);
    }
    if (picked.length) chosen.push(h.index);
  }
  if (!chosen.length) throw new AppError("invalid", "No hit selected in this document: leave the document out instead");
  return chosen;
}

async function audit(id: string, actor: UserRef, action: "changeset.approve" | "changeset.reject", outcomes: DecisionOutcome[], note?: string) {
  const count = (o: DecisionOutcome["outcome"]) => outcomes.filter((x) => x.outcome === o).length;
  const detail = [`${count("approved")} approved`, `${count("rejected")} rejected`, `${count("failed")} failed`].join(", ") + (note?.trim() ? `. Note: ${note.trim()}` : "");
  await getDb().$transaction((tx) => recordAudit({ tx, actorId: actor.id, action, subjectType: "changeset", subjectId: id, detail }));
}
