import "server-only";
import { reanchorAll } from "../../anchoring/reanchor";
import { quoteAt, toCodePointOffsets } from "../../anchoring/quote";
import type { AnnotationRecord } from "../../annotations/web-annotation";
import { tagSetFrom } from "../../annotations/tags";
import { canEditAnnotation } from "../../auth/permissions";
import { getDb, type DbTx } from "../../db";
import { AppError } from "../../errors";
import type { Diff } from "../../revisions/types";
import { isHighSurrogate, isLowSurrogate } from "../../revisions/surrogates";
import { getRevisionText } from "../revisions/revisions";
import { AUTHOR_SELECT, authorFields } from "../users/author-ref";
import { createEntity, type EntityInput } from "../entities/entities";

const ANNOTATION_SELECT = {
  id: true, documentId: true, start: true, end: true, exact: true, prefix: true, suffix: true, tag: true, body: true,
  entityId: true, author: AUTHOR_SELECT, status: true, score: true, anchoredSeq: true, createdAt: true, updatedAt: true,
  entity: { select: { id: true, name: true, type: true } },
} as const;

export interface AnnotationInput {
  start: number;
  end: number;
  tag: string;
  body?: string | null;
  entityId?: string | null;
}

type Actor = { id: string; role: string };

function requireAnnotationOwner(actor: Actor, authorId: string | null) {
  if (!canEditAnnotation(actor, authorId)) throw new AppError("forbidden", "Correctors may change only their own annotations; a reviewer can change this one");
}

const splitsPair = (text: string, i: number) =>
  i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));

/** Checks a range on the head text: integers, start < end ≤ length, no split surrogate pair. */
function checkRange(text: string, start: number, end: number) {
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw new AppError("invalid", "start and end must be integers");
  if (start < 0 || end > text.length) throw new AppError("invalid", `The range [${start}, ${end}) is outside the text (length ${text.length})`);
  if (start >= end) throw new AppError("invalid", `The range [${start}, ${end}) is empty or inverted`);
  if (splitsPair(text, start) || splitsPair(text, end)) throw new AppError("invalid", "The range splits a surrogate pair (half a character)");
}

async function checkTagAndEntity(db: DbTx, collectionId: string, tag: string | undefined, entityId: string | null | undefined) {
  if (tag !== undefined) {
    const collection = await db.collection.findUniqueOrThrow({ where: { id: collectionId }, select: { settings: true } });
    const tags = tagSetFrom(collection.settings);
    if (!tags.some((t) => t.key === tag)) {
      throw new AppError("invalid", `Unknown tag "${tag}"; this collection's tags are ${tags.map((t) => t.key).join(", ")}`);
    }
  }
  if (entityId) {
    const entity = await db.entity.findUnique({ where: { id: entityId }, select: { id: true } });
    if (!entity) throw new AppError("invalid", `Unknown entity ${entityId}`);
  }
}

async function headOf(db: DbTx, documentId: string) {
  const doc = await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { headText: true, headSeq: true, collectionId: true } });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  return doc;
}

/**
 * Annotates [start, end) of the head text. Offsets are UTF-16 units; bad input is a 422. A
 * `newEntity` is created in the same transaction, so a refused annotation leaves none behind.
 */
export async function createAnnotation(input: AnnotationInput & { documentId: string; authorId: string; newEntity?: EntityInput }) {
  return getDb().$transaction(async (tx) => {
    const doc = await headOf(tx, input.documentId);
    checkRange(doc.headText, input.start, input.end);
    await checkTagAndEntity(tx, doc.collectionId, input.tag, input.newEntity ? undefined : input.entityId);
    const entityId = input.newEntity ? (await createEntity({ ...input.newEntity, tx })).id : input.entityId;
    const quote = quoteAt(doc.headText, input.start, input.end);
    return tx.annotation.create({
      data: {
        documentId: input.documentId,
        ...quote,
        tag: input.tag,
        body: input.body?.trim() || null,
        entityId: entityId || null,
        authorId: input.authorId,
        status: "anchored",
        score: 1,
        anchoredSeq: doc.headSeq,
      },
      select: ANNOTATION_SELECT,
    });
  });
}

/**
 * Changes an annotation's tag, comment or entity, or re-attaches it to a new range of the head
 * text (which makes an orphan anchored again).
 */
export async function updateAnnotation({ id, changes: input, actor }: { id: string; changes: Partial<AnnotationInput>; actor: Actor }) {
  return getDb().$transaction(async (tx) => {
    const current = await tx.annotation.findUnique({ where: { id }, select: { documentId: true, authorId: true } });
    if (!current) throw new AppError("not_found", `No annotation with id ${id}`);
    requireAnnotationOwner(actor, current.authorId);
    const doc = await headOf(tx, current.documentId);
    await checkTagAndEntity(tx, doc.collectionId, input.tag, input.entityId);
    const moving = input.start !== undefined || input.end !== undefined;
    if (moving && (input.start === undefined || input.end === undefined)) throw new AppError("invalid", "Re-attaching needs both start and end");
    if (moving) checkRange(doc.headText, input.start!, input.end!);
    return tx.annotation.update({
      where: { id },
      data: {
        ...(input.tag !== undefined ? { tag: input.tag } : {}),
        ...(input.body !== undefined ? { body: input.body?.trim() || null } : {}),
        ...(input.entityId !== undefined ? { entityId: input.entityId || null } : {}),
        ...(moving ? { ...quoteAt(doc.headText, input.start!, input.end!), status: "anchored", score: 1, anchoredSeq: doc.headSeq } : {}),
      },
      select: ANNOTATION_SELECT,
    });
  });
}

/** Deletes an annotation its author (or a reviewer or admin) no longer wants; check and delete in one transaction. */
export async function deleteAnnotation({ id, actor }: { id: string; actor: Actor }) {
  await getDb().$transaction(async (tx) => {
    const current = await tx.annotation.findUnique({ where: { id }, select: { authorId: true } });
    if (!current) throw new AppError("not_found", `No annotation with id ${id}`);
    requireAnnotationOwner(actor, current.authorId);
    await tx.annotation.delete({ where: { id } });
  });
}

export type AnnotationRow = Awaited<ReturnType<typeof createAnnotation>>;

/**
 * A document's annotations in text order, orphans last, with code-point offsets for W3C.
 * An orphan's offsets hold on the revision it was last anchored to, so that text is rebuilt.
 */
export async function listAnnotations({ documentId }: { documentId: string }) {
  const db = getDb();
  const doc = await headOf(db, documentId);
  const rows = await db.annotation.findMany({ where: { documentId }, orderBy: [{ start: "asc" }, { end: "desc" }], select: ANNOTATION_SELECT });
  const ordered = await withCodePoints(db, documentId, doc, rows);
  return [...ordered.filter((r) => r.status !== "orphaned"), ...ordered.filter((r) => r.status === "orphaned")];
}

/** One annotation as listAnnotations gives it, without reading the document's others. */
export async function getAnnotation({ id }: { id: string }) {
  const db = getDb();
  const row = await db.annotation.findUnique({ where: { id }, select: ANNOTATION_SELECT });
  if (!row) throw new AppError("not_found", `No annotation with id ${id}`);
  const [record] = await withCodePoints(db, row.documentId, await headOf(db, row.documentId), [row]);
  return { ...record, documentId: row.documentId };
}

/** Records with code-point offsets, each counted on the text its offsets hold on. */
async function withCodePoints(db: DbTx, documentId: string, doc: { headText: string; headSeq: number }, rows: AnnotationRow[]) {
  const bySeq = new Map<number, AnnotationRow[]>();
  for (const r of rows) {
    const seq = r.status === "orphaned" ? r.anchoredSeq : doc.headSeq;
    bySeq.set(seq, [...(bySeq.get(seq) ?? []), r]);
  }
  const records = new Map<string, ReturnType<typeof toRecord>>();
  for (const [seq, group] of bySeq) {
    const text = seq === doc.headSeq ? doc.headText : await getRevisionText({ tx: db,  documentId, seq });
    const points = toCodePointOffsets(text, group.flatMap((r) => [r.start, r.end]));
    group.forEach((r, i) => records.set(r.id, toRecord(r, points[2 * i], points[2 * i + 1])));
  }
  return rows.map((r) => records.get(r.id)!);
}

function toRecord(r: AnnotationRow, startCodePoint: number, endCodePoint: number): AnnotationRecord & { entity: AnnotationRow["entity"]; score: number } {
  return {
    id: r.id, tag: r.tag, body: r.body, entityId: r.entityId, status: r.status, exact: r.exact, prefix: r.prefix, suffix: r.suffix,
    author: authorFields(r.author).authorName, authorId: r.author?.id ?? null, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), start: r.start, end: r.end,
    startCodePoint, endCodePoint, anchoredSeq: r.anchoredSeq, entity: r.entity, score: r.score,
  };
}

/** Above every offset a document can have (the size limit is far below), within a 32-bit integer. */
const PARK = 2 ** 30;

/**
 * Re-anchors every live annotation of a document through one new head revision, inside the
 * transaction that writes it, reusing that revision's diffs. Most annotations only shift: they
 * move in one UPDATE per run of equal shift (a range of old start offsets), the few near an
 * edit are then written one by one, absolute values overwriting any shift they received.
 */
export async function reanchorAnnotations({ tx, ...input }: { tx: DbTx; documentId: string; diffs: readonly Diff[]; text: string; seq: number }) {
  // Plain SQL: this runs in every save, over up to thousands of rows.
  const live = await tx.$queryRaw<{ id: string; start: number | bigint; end: number | bigint; exact: string; prefix: string; suffix: string; status: string }[]>`
    SELECT "id", "start", "end", "exact", "prefix", "suffix", "status" FROM "Annotation"
    WHERE "documentId" = ${input.documentId} AND "status" <> 'orphaned' ORDER BY "start"`;
  const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
  if (live.length === 0) return counts;
  const anchors = live.map((a) => ({ ...a, start: Number(a.start), end: Number(a.end) }));
  const results = reanchorAll(anchors, input.diffs, input.text);

  const runs: { from: number; to: number; delta: number }[] = [];
  const changed: { id: string; data: Record<string, unknown> }[] = [];
  for (const [i, r] of results.entries()) {
    const before = anchors[i];
    counts[r.status]++;
    const delta = r.start - before.start;
    const sameQuote = r.exact === before.exact && r.prefix === before.prefix && r.suffix === before.suffix;
    if (r.status !== "orphaned" && r.status === before.status && sameQuote && r.end - before.end === delta) {
      const run = runs[runs.length - 1];
      if (run && run.delta === delta) run.to = before.start;
      else runs.push({ from: before.start, to: before.start, delta });
      continue;
    }
    changed.push({
      id: before.id,
      data:
        r.status === "orphaned"
          ? { status: "orphaned", score: 0, start: before.start, end: before.end }
          : { start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix, status: r.status, score: r.score, anchoredSeq: input.seq },
    });
  }
  // Shifted rows are parked above PARK (beyond any text) so that no later run's range of old
  // offsets can catch them again, then brought back in one statement.
  for (const run of runs) {
    await tx.annotation.updateMany({
      where: { documentId: input.documentId, status: { not: "orphaned" }, start: { gte: run.from, lte: run.to } },
      data: { start: { increment: run.delta + PARK }, end: { increment: run.delta + PARK }, anchoredSeq: input.seq },
    });
  }
  if (runs.length) {
    await tx.annotation.updateMany({
      where: { documentId: input.documentId, start: { gte: PARK } },
      data: { start: { decrement: PARK }, end: { decrement: PARK } },
    });
  }
  for (const c of changed) await tx.annotation.update({ where: { id: c.id }, data: c.data });
  return counts;
}
