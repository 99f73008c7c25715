import "server-only";
import { sendJob } from "../../server/jobs/jobs";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { recheckEdits, type Edit } from "../../changesets/plan";
import { parseHitId } from "../../search/hits";
import { canCommitDirectly } from "../../auth/permissions";
import { recordAudit } from "../audit/audit";
import { getDocumentPolicy } from "../collections/review-policy";
import { getRevisionText } from "../revisions/revisions";
import type { UserRef } from "../users/users";
import { changesetMessage, MAX_REPLACEMENT_LENGTH, type ChangesetInput, type ChangesetKind } from "./changeset-shape";
import { planChangeset } from "./plan-changeset";

/**
 * Stores a changeset: the search's hits planned as edits on each document's head, less the ones
 * left out, with the job that applies it a document at a time (runChangeset), in one transaction. Someone who
 * may commit directly in every touched collection makes revisions; anyone else, proposals.
 * A changeset over no hit is a 422.
 */
export async function createChangeset({ input, author }: { input: ChangesetInput; author: UserRef }) {
  if (input.replacement.length > MAX_REPLACEMENT_LENGTH) throw new AppError("invalid", `A replacement can be at most ${MAX_REPLACEMENT_LENGTH} characters long`);
  const plan = await planChangeset(input);
  const excluded = await excludedEdits(input.exclude ?? [], plan.documents);
  const documents = plan.documents
    // The edits keep their line: the review shows each replacement in its sentence.
    .map((d) => ({ ...d, edits: d.edits.filter((e) => !excluded.has(e.hitId)) }))
    .filter((d) => d.edits.length > 0);
  const hits = documents.reduce((n, d) => n + d.edits.length, 0);
  if (!hits) throw new AppError("invalid", plan.hits ? "Every hit was left out: there is nothing to replace" : "The search finds nothing to replace", { reason: "no_change" });
  const kind = await kindFor(author, documents.map((d) => d.documentId));
  const message = changesetMessage(input);
  const db = getDb();
  return db.$transaction(async (tx) => {
    const changeset = await tx.changeset.create({
      data: {
        authorId: author.id, query: input.query, mode: input.mode, caseSensitive: !!input.caseSensitive, collectionId: input.collectionId ?? null,
        replacement: input.replacement, message, kind, status: "applying", hitCount: hits,
      },
      select: { id: true },
    });
    await tx.changesetDocument.createMany({
      data: documents.map((d) => ({ changesetId: changeset.id, documentId: d.documentId, baseSeq: d.headSeq, edits: d.edits as unknown as object })),
    });
    await recordAudit({
      tx, actorId: author.id, action: "changeset.create", subjectType: "changeset", subjectId: changeset.id, toState: "applying",
      detail: `${message}: ${hits} hit${hits === 1 ? "" : "s"} in ${documents.length} document${documents.length === 1 ? "" : "s"}${kind === "propose" ? ", as proposals" : ""}`,
    });
    await sendJob("changeset", { changesetId: changeset.id }, { tx });
    return { id: changeset.id, status: "applying" as const, kind, documents: documents.length, hits };
  });
}

/** Revisions where the author may commit directly in every touched collection; proposals otherwise. */
async function kindFor(author: UserRef, documentIds: string[]): Promise<ChangesetKind> {
  const db = getDb();
  const collections = await db.document.findMany({ where: { id: { in: documentIds } }, select: { id: true }, distinct: ["collectionId"] });
  for (const { id } of collections) {
    const { policy } = await getDocumentPolicy(db, id);
    if (!canCommitDirectly(author.role, policy)) return "propose";
  }
  return "commit";
}

/**
 * The planned edits that the excluded hit ids name. A hit id names the revision it was found in:
 * when the document moved on since, its offsets are mapped onto the head as an annotation's
 * would be, and the edit planned at the mapped place is the one left out.
 */
async function excludedEdits(exclude: string[], documents: { documentId: string; headSeq: number; edits: Edit[] }[]): Promise<Set<string>> {
  const out = new Set(exclude);
  const byDocument = new Map(documents.map((d) => [d.documentId, d]));
  for (const id of exclude) {
    const hit = parseHitId(id);
    const doc = hit && byDocument.get(hit.documentId);
    if (!hit || !doc || hit.field !== "text" || hit.seq === null || hit.seq === doc.headSeq || hit.seq > doc.headSeq) continue;
    const [then, now] = await Promise.all([getRevisionText({ documentId: doc.documentId, seq: hit.seq }), getRevisionText({ documentId: doc.documentId, seq: doc.headSeq })]);
    const moved = recheckEdits(then, now, [{ hitId: id, start: hit.start, end: hit.end, before: then.slice(hit.start, hit.end), after: "" }])[0];
    if (!moved.ok) continue;
    const same = doc.edits.find((e) => e.start === moved.edit.start && e.end === moved.edit.end);
    if (same) out.add(same.hitId);
  }
  return out;
}
