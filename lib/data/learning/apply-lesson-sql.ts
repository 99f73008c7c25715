import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import type { DbTx } from "../../server/db";
import type { SuggestModel } from "../../suggest/model";
import { toCountRows } from "./model-rows-shape";

/** Rows per INSERT: five values each, well under SQLite's and PostgreSQL's limits on parameters. */
const BATCH = 500;

/**
 * Adds a lesson to a collection's stored model (or takes it away, with sign -1), inside the
 * caller's transaction: one upsert per batch of counts, counts that reach zero deleted, and
 * the collection's suggestion version bumped so that cached models are read again. Plain SQL
 * that SQLite and PostgreSQL both run (INSERT … ON CONFLICT DO UPDATE).
 */
export async function applyLesson({ tx, collectionId, lesson, sign = 1 }: { tx: DbTx; collectionId: string; lesson: SuggestModel; sign?: 1 | -1 }) {
  const rows = toCountRows(lesson);
  if (!rows.length) return;
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows.slice(i, i + BATCH).map((r) => Prisma.sql`(${collectionId}, ${r.kind}, ${r.key}, ${r.value}, ${sign * r.count})`);
    await tx.$executeRaw`
      INSERT INTO "SuggestionCount" ("collectionId", "kind", "key", "value", "count") VALUES ${Prisma.join(values)}
      ON CONFLICT ("collectionId", "kind", "key", "value") DO UPDATE SET "count" = "SuggestionCount"."count" + excluded."count"`;
  }
  if (sign < 0) await tx.$executeRaw`DELETE FROM "SuggestionCount" WHERE "collectionId" = ${collectionId} AND "count" <= 0`;
  await tx.$executeRaw`UPDATE "Collection" SET "suggestionVersion" = "suggestionVersion" + 1 WHERE "id" = ${collectionId}`;
}
