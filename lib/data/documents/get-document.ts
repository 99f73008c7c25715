import "server-only";
import { getDb } from "../../db";
import { AppError } from "../../errors";
import { toDocumentSummary } from "./document-shape";

interface DocumentRow {
  id: string;
  title: string;
  sourceRef: string | null;
  status: string;
  statusReason: string | null;
  headSeq: number | bigint;
  collectionId: string;
  createdAt: unknown;
  updatedAt: unknown;
  headText: string;
  rawText: string;
  metadata: unknown;
}

/** A DateTime or JSON column as plain SQL answers it (SQLite: text or epoch milliseconds). */
const asDate = (v: unknown) => (v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : (v as string | number)));
const asJson = (v: unknown) => (typeof v === "string" ? (JSON.parse(v) as unknown) : v);

/**
 * A document with its head text, raw OCR and metadata; 404 when the id is unknown or deleted.
 * Plain SQL: the API's most frequent read carries two whole texts, and Prisma's query compiler
 * costs about 25 ns per byte of them (see readHead).
 */
export async function getDocument({ id }: { id: string }) {
  const rows = await getDb().$queryRaw<DocumentRow[]>`
    SELECT "id", "title", "sourceRef", "status", "statusReason", "headSeq", "collectionId", "createdAt", "updatedAt", "headText", "rawText", "metadata"
    FROM "Document" WHERE "id" = ${id} AND "deletedAt" IS NULL`;
  const row = rows[0];
  if (!row) throw new AppError("not_found", `No document with id ${id}`);
  const summary = toDocumentSummary({ ...row, headSeq: Number(row.headSeq), createdAt: asDate(row.createdAt), updatedAt: asDate(row.updatedAt) });
  return { ...summary, text: row.headText, rawText: row.rawText, metadata: asJson(row.metadata) };
}
