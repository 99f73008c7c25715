import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";
import { plannedEdit } from "../../changesets/plan";
import type { FindMatch } from "../../find/find-matches";
import { hitContext, hitId } from "../../search/hits";
import { compileSearch, matchesNothing } from "../search/compile-search";
import { scanWithRegex } from "../search/regex-scan";
import { filterSql } from "../search/search-filters";
import type { ChangesetInput, ChangesetPreview, PreviewDocument } from "./changeset-shape";

/** Documents read at a time. */
const BATCH = 200;
/** A regular expression may run this long over the whole collection for a preview. */
export const PLAN_REGEX_BUDGET_MS = 30_000;

/**
 * Every hit of a search in the accepted texts (never the raw OCR, which does not change) as the
 * edit a replacement makes there: offsets on each document's head, before → after, with its line.
 * Edits that change nothing (a hit already spelled as the replacement) are left out.
 */
export async function planChangeset(input: ChangesetInput): Promise<ChangesetPreview> {
  const compiled = await compileSearch({ q: input.query, mode: input.mode, caseSensitive: input.caseSensitive, collectionId: input.collectionId });
  const db = getDb();
  const filters = filterSql({ collectionId: input.collectionId });
  if (matchesNothing(compiled)) return { documents: [], hits: 0, stopped: [] };
  const ids = compiled.index
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT r."documentId" AS "id" FROM ${compiled.index.table} JOIN "SearchRow" r ON r."id" = ${compiled.index.table}."rowid"
        JOIN "Document" d ON d."id" = r."documentId"
        WHERE ${compiled.index.table} MATCH ${compiled.index.expression} AND r."kind" = ${compiled.index.kind} AND r."field" = 'text' AND ${filters}
        ORDER BY r."documentId"`
    : await db.$queryRaw<{ id: string }[]>`SELECT d."id" FROM "Document" d WHERE ${filters} ORDER BY d."id"`;
  const regex = compiled.query.mode === "regex" ? compiled.query : null;
  const deadline = Date.now() + PLAN_REGEX_BUDGET_MS;
  const documents: PreviewDocument[] = [];
  const stopped: string[] = [];
  let hits = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH).map((r) => r.id);
    const rows = await db.$queryRaw<{ id: string; title: string; headSeq: number | bigint; headText: string }[]>`
      SELECT "id", "title", "headSeq", "headText" FROM "Document" WHERE "id" IN (${Prisma.join(batch)}) ORDER BY "id"`;
    const matches = new Map<string, FindMatch[] | "stopped">();
    if (regex) {
      const outcomes = await scanWithRegex({ texts: rows.map((r) => ({ key: r.id, text: r.headText })), source: regex.source, caseSensitive: regex.caseSensitive, limit: 100_000, deadline });
      for (const o of outcomes) matches.set(o.key, "stopped" in o ? "stopped" : o.matches);
    } else for (const r of rows) matches.set(r.id, compiled.hitsIn!(r.headText));
    for (const row of rows) {
      const found = matches.get(row.id);
      if (found === undefined || found === "stopped") {
        stopped.push(row.title);
        continue;
      }
      const seq = Number(row.headSeq);
      const edits = found
        .map((m) => plannedEdit(hitId(row.id, "text", seq, m.start, m.end), row.headText, m, input.replacement, !!regex))
        .filter((e) => e.before !== e.after)
        .map((e) => {
          const line = hitContext(row.headText, e.start, e.end);
          return { ...e, lineBefore: line.before, lineAfter: line.after };
        });
      if (!edits.length) continue;
      documents.push({ documentId: row.id, title: row.title, headSeq: seq, edits });
      hits += edits.length;
    }
  }
  return { documents, hits, stopped };
}
