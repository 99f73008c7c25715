import "server-only";
import { getDb, type DbTx } from "../../db";
import { AppError } from "../../errors";
import { replayChain } from "../../revisions/replay";
import { decodeSnapshot } from "../../revisions/snapshot-codec";
import { diffWords } from "../../revisions/word-diff";
import type { Diff } from "../../revisions/types";
import { sha256 } from "../../text/sha256";
import { AUTHOR_SELECT } from "../users/author-ref";
import { toRevisionSummary } from "./revision-shape";

/** Every revision of a document, oldest first, with its patch from the parent. */
export async function listRevisions({ documentId }: { documentId: string }) {
  const db = getDb();
  await requireHeadSeq(db, documentId);
  const rows = await db.revision.findMany({
    where: { documentId },
    orderBy: { seq: "asc" },
    select: {
      seq: true, parentSeq: true, author: AUTHOR_SELECT, message: true, createdAt: true, sha256: true,
      length: true, inserted: true, deleted: true, patch: true, patchFormat: true, diffTimedOut: true,
    },
  });
  return rows.map((r) => ({ ...toRevisionSummary(r), patch: r.patch, patchFormat: r.patchFormat, diffTimedOut: r.diffTimedOut }));
}

/**
 * The exact text of revision `seq`: the head is read in O(1); any other revision is replayed
 * from the nearest snapshot at or below it (or the raw OCR) and checked against its SHA-256.
 * Only the texts a rebuild needs are read, with plain SQL (see replayTo).
 */
export async function getRevisionText({ documentId, seq, tx: db = getDb() }: { documentId: string; seq: number; tx?: DbTx }): Promise<string> {
  if (!Number.isInteger(seq) || seq < 0) throw new AppError("not_found", `Document ${documentId} has no revision ${seq}`);
  // The head's seq and text in one statement: read apart, a save landing between the two reads
  // would answer the next revision's text for this one.
  const [head] = await db.$queryRaw<{ headSeq: number | bigint; headText: string | null }[]>`
    SELECT "headSeq", CASE WHEN "headSeq" = ${seq} THEN "headText" END AS "headText"
    FROM "Document" WHERE "id" = ${documentId} AND "deletedAt" IS NULL`;
  if (!head) throw new AppError("not_found", `No document with id ${documentId}`);
  if (seq > Number(head.headSeq)) throw new AppError("not_found", `Document ${documentId} has no revision ${seq}`);
  if (head.headText !== null) return head.headText;
  const [target] = await db.$queryRaw<{ sha256: string }[]>`
    SELECT "sha256" FROM "Revision" WHERE "documentId" = ${documentId} AND "seq" = ${seq}`;
  const text = await replayTo(db, documentId, seq);
  if (sha256(text) !== target?.sha256) {
    throw new AppError("internal", `Revision ${seq} of document ${documentId} does not match its SHA-256; run npm run fsck`);
  }
  return text;
}

/**
 * Replays the chain up to `seq` from the nearest snapshot; fails loudly on a broken patch.
 * Plain SQL here: a rebuild reads up to MAX_CHAIN rows, and Prisma's per-row cost doubled
 * the time of a rebuild in `npm run bench`.
 */
async function replayTo(db: DbTx, documentId: string, seq: number): Promise<string> {
  const bases = await db.$queryRaw<{ seq: number | bigint; snapshot: Uint8Array }[]>`
    SELECT "seq", "snapshot" FROM "Revision"
    WHERE "documentId" = ${documentId} AND "seq" <= ${seq} AND "seq" > 0 AND "snapshot" IS NOT NULL
    ORDER BY "seq" DESC LIMIT 1`;
  const baseSeq = bases[0] ? Number(bases[0].seq) : 0;
  const start = bases[0] ? decodeSnapshot(bases[0].snapshot) : await readRawText(db, documentId);
  const links = await db.$queryRaw<{ seq: number | bigint; patch: string | null }[]>`
    SELECT "seq", "patch" FROM "Revision"
    WHERE "documentId" = ${documentId} AND "seq" > ${baseSeq} AND "seq" <= ${seq}
    ORDER BY "seq"`;
  const replayed = replayChain(start, links.map((l) => ({ seq: Number(l.seq), patch: l.patch ?? "" })));
  if (!replayed.ok) {
    throw new AppError("internal", `Revision ${replayed.error.seq} of document ${documentId} does not replay: ${replayed.error.message}`);
  }
  return replayed.value;
}

/** One revision with its rebuilt text. */
export async function getRevision({ documentId, seq }: { documentId: string; seq: number }) {
  const db = getDb();
  const text = await getRevisionText({ tx: db,  documentId, seq });
  const row = await db.revision.findUniqueOrThrow({
    where: { documentId_seq: { documentId, seq } },
    select: {
      seq: true, parentSeq: true, author: AUTHOR_SELECT, message: true, createdAt: true, sha256: true,
      length: true, inserted: true, deleted: true, patch: true, patchFormat: true,
    },
  });
  return { ...toRevisionSummary(row), patch: row.patch, patchFormat: row.patchFormat, text };
}

/** A word-level diff (semantic cleanup) between two revisions; seq 0 is the raw OCR. */
export async function getDiff({ documentId, from, to }: { documentId: string; from: number; to: number }): Promise<Diff[]> {
  const db = getDb();
  const [a, b] = [await getRevisionText({ tx: db,  documentId, seq: from }), await getRevisionText({ tx: db,  documentId, seq: to })];
  return diffWords(a, b);
}

async function requireHeadSeq(db: DbTx, documentId: string): Promise<number> {
  const doc = await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { headSeq: true } });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  return doc.headSeq;
}

async function readRawText(db: DbTx, documentId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ rawText: string }[]>`SELECT "rawText" FROM "Document" WHERE "id" = ${documentId}`;
  return row.rawText;
}
