import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { replayChain } from "../../revisions/replay";
import { decodeSnapshot } from "../../revisions/snapshot-codec";
import { diffWords } from "../../revisions/word-diff";
import type { Diff } from "../../revisions/types";
import { sha256 } from "../../text/sha256";
import { AUTHOR_SELECT } from "../users/author-ref";
import { toRevisionSummary } from "./revision-shape";
import { readChain, readHeadAt } from "./revision-sql";

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
 * from the nearest snapshot at or below it (or the raw OCR), fails loudly on a broken patch, and
 * is checked against its SHA-256.
 */
export async function getRevisionText({ documentId, seq, tx: db = getDb() }: { documentId: string; seq: number; tx?: DbTx }): Promise<string> {
  if (!Number.isInteger(seq) || seq < 0) throw new AppError("not_found", `Document ${documentId} has no revision ${seq}`);
  const head = await readHeadAt(db, documentId, seq);
  if (!head) throw new AppError("not_found", `No document with id ${documentId}`);
  if (seq > head.headSeq) throw new AppError("not_found", `Document ${documentId} has no revision ${seq}`);
  if (head.headText !== null) return head.headText;
  const chain = await readChain(db, documentId, seq);
  const start = chain.start.kind === "snapshot" ? decodeSnapshot(chain.start.snapshot) : chain.start.raw;
  const replayed = replayChain(start, chain.links);
  if (!replayed.ok) {
    throw new AppError("internal", `Revision ${replayed.error.seq} of document ${documentId} does not replay: ${replayed.error.message}`);
  }
  if (sha256(replayed.value) !== chain.sha256) {
    throw new AppError("internal", `Revision ${seq} of document ${documentId} does not match its SHA-256; run npm run fsck`);
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
