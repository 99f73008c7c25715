import "server-only";
import { getDb, type DbTx } from "../../server/db";

// The revision chain's hand-written reads. Plain SQL where a save or a rebuild pays for every
// byte or row: Prisma's query compiler costs about 25 ns per byte of a large text column, and
// its per-row cost doubled the time of a rebuild (both measured with `npm run bench`).

export interface HeadRow {
  collectionId: string;
  headSeq: number;
  headText: string;
  status: string;
  chainLength: number;
  chainPatchBytes: number;
}

/** A live document's head, or null. */
export async function readHead({ documentId, tx: db = getDb() }: { documentId: string; tx?: DbTx }): Promise<HeadRow | null> {
  const rows = await db.$queryRaw<HeadRow[]>`
    SELECT "collectionId", "headSeq", "headText", "status", "chainLength", "chainPatchBytes" FROM "Document" WHERE "id" = ${documentId} AND "deletedAt" IS NULL`;
  const row = rows[0];
  return row ? { ...row, headSeq: Number(row.headSeq), chainLength: Number(row.chainLength), chainPatchBytes: Number(row.chainPatchBytes) } : null;
}

/**
 * A live document's head seq, with its text only when the head is revision `seq`, in one
 * statement: read apart, a save landing between the two reads would answer the next revision's
 * text for this one. Null for an unknown or deleted document.
 */
export async function readHeadAt(db: DbTx, documentId: string, seq: number): Promise<{ headSeq: number; headText: string | null } | null> {
  const [head] = await db.$queryRaw<{ headSeq: number | bigint; headText: string | null }[]>`
    SELECT "headSeq", CASE WHEN "headSeq" = ${seq} THEN "headText" END AS "headText"
    FROM "Document" WHERE "id" = ${documentId} AND "deletedAt" IS NULL`;
  return head ? { headSeq: Number(head.headSeq), headText: head.headText } : null;
}

/** What replaying the chain up to `seq` needs: the nearest snapshot at or below it (none: the raw OCR), the patches after it, and the SHA-256 to check. */
export async function readChain(db: DbTx, documentId: string, seq: number) {
  const [target] = await db.$queryRaw<{ sha256: string }[]>`
    SELECT "sha256" FROM "Revision" WHERE "documentId" = ${documentId} AND "seq" = ${seq}`;
  const [base] = await db.$queryRaw<{ seq: number | bigint; snapshot: Uint8Array }[]>`
    SELECT "seq", "snapshot" FROM "Revision"
    WHERE "documentId" = ${documentId} AND "seq" <= ${seq} AND "seq" > 0 AND "snapshot" IS NOT NULL
    ORDER BY "seq" DESC LIMIT 1`;
  const baseSeq = base ? Number(base.seq) : 0;
  const raw = base ? null : (await db.$queryRaw<{ rawText: string }[]>`SELECT "rawText" FROM "Document" WHERE "id" = ${documentId}`)[0].rawText;
  const links = await db.$queryRaw<{ seq: number | bigint; patch: string | null }[]>`
    SELECT "seq", "patch" FROM "Revision"
    WHERE "documentId" = ${documentId} AND "seq" > ${baseSeq} AND "seq" <= ${seq}
    ORDER BY "seq"`;
  return {
    sha256: target?.sha256 ?? null,
    start: base ? ({ kind: "snapshot", snapshot: base.snapshot } as const) : ({ kind: "raw", raw: raw! } as const),
    links: links.map((l) => ({ seq: Number(l.seq), patch: l.patch ?? "" })),
  };
}

/** A document's annotations that still have an anchor, in text order: every save re-anchors them, up to thousands of rows. */
export async function readLiveAnchors(tx: DbTx, documentId: string) {
  const rows = await tx.$queryRaw<{ id: string; start: number | bigint; end: number | bigint; exact: string; prefix: string; suffix: string; status: string }[]>`
    SELECT "id", "start", "end", "exact", "prefix", "suffix", "status" FROM "Annotation"
    WHERE "documentId" = ${documentId} AND "status" <> 'orphaned' ORDER BY "start"`;
  return rows.map((a) => ({ ...a, start: Number(a.start), end: Number(a.end) }));
}
