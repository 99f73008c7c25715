import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { hitContext, hitId, type HitField, type Span } from "../../search/hits";
import { MIN_INDEXED_LENGTH, type SearchScope } from "../../search/query";
import type { DocumentStatus } from "../../review/transitions";
import { REGEX_DOCUMENT_BUDGET_MS, scanWithRegex } from "./regex-scan";
import { filterSql, UNCORRECTED } from "./search-filters";
import { DEFAULT_PAGE_SIZE, HITS_PER_DOCUMENT, type SearchHit, type SearchInput, type SearchItem, type SearchResult } from "./search-shape";
import { indexSql } from "./index-sql";
import { compileSearch, matchesNothing, nearList, type CompiledSearch } from "./compile-search";
import { cachedAnswer, keepAnswer, searchKey, searchVersion } from "./search-cache";
import { MAX_FACET_VALUES } from "../records/count-facets";

/** A scan (regular expressions, exact text under three characters) stops after this long. */
export const SCAN_BUDGET_MS = 2000;
/** Documents read from the database at a time by a scan. */
const SCAN_BATCH = 200;

interface PageDocument {
  id: string;
  title: string;
  sourceRef: string | null;
  status: string;
  collectionName: string;
  headSeq: number;
  headText: string;
  rawText: string;
}

/**
 * Searches the documents a person may read (not deleted; in the collection and with the status,
 * tag and entity asked for) in one of four modes. Words, exact text of three characters or more,
 * and OCR-tolerant queries go through the index, so the count of documents is exact and
 * results come a page at a time. Regular expressions and shorter exact text scan the documents
 * within a time budget, and say how far they got. A query that cannot be searched is a 422.
 */
export async function searchDocuments(input: SearchInput): Promise<SearchResult> {
  // The version is read before the search, so an answer computed across a write is kept under
  // the older version and never served after it.
  const version = await searchVersion();
  const key = searchKey(input);
  const cached = cachedAnswer(key, version);
  if (cached) return cached;
  const result = await search(input);
  // A scan depends on its time budget: only index answers are kept.
  if (result.complete && !result.notice) keepAnswer(key, version, result);
  return result;
}

async function search(input: SearchInput): Promise<SearchResult> {
  const compiled = await compileSearch(input);
  const { query } = compiled;
  const limit = input.limit ?? DEFAULT_PAGE_SIZE;
  const filters = filterSql(input);
  const db = getDb();
  const [counts] = await db.$queryRaw<{ n: number | bigint; uncorrected: number | bigint | null }[]>`
    SELECT count(*) AS "n", sum(CASE WHEN d."status" IN (${Prisma.join(UNCORRECTED)}) THEN 1 ELSE 0 END) AS "uncorrected"
    FROM "Document" d WHERE ${filters}`;
  const inScope = { documentsSearched: Number(counts.n), uncorrected: Number(counts.uncorrected ?? 0) };
  if (!compiled.index) return scanSearch({ input, compiled, filters, limit, inScope });

  const near = query.mode === "fuzzy" ? { near: nearList(compiled.near) } : {};
  if (matchesNothing(compiled)) return { ...inScope, total: 0, complete: true, notice: null, ...near, items: [], nextCursor: null };
  const offset = readCursor(input.cursor, "o");
  const index = indexSql(compiled.index);
  const fields = [...scopeFields(input.scope), "meta"];
  const from = Prisma.sql`
    FROM ${index.from} JOIN "Document" d ON d."id" = r."documentId"
    WHERE ${index.where} AND r."kind" = ${compiled.index.kind} AND r."field" IN (${Prisma.join(fields)}) AND ${filters}`;
  // One pass over the matches gives the page and (as a window over the groups) their number.
  // Exact text is listed in import order: ranking trigrams of chunks ranks nothing useful.
  // By the record's date when asked (undated last; one date per document, so max() is it), else by rank.
  const order = input.sort === "date" ? Prisma.sql`(max(d."recordDate") IS NULL), max(d."recordDate"), r."documentId"`
    : query.mode === "exact" ? Prisma.sql`r."documentId"` : Prisma.sql`${index.rank}, r."documentId"`;
  const ranked = await db.$queryRaw<{ id: string; total: number | bigint }[]>`
    SELECT r."documentId" AS "id", count(*) OVER () AS "total" ${from} GROUP BY r."documentId" ORDER BY ${order} LIMIT ${limit + 1} OFFSET ${offset}`;
  // A page past the end (a stale cursor) has no row to carry the count: count on its own then.
  const total = ranked.length ? Number(ranked[0].total) : offset === 0 ? 0
    : Number((await db.$queryRaw<{ n: number | bigint }[]>`SELECT count(DISTINCT r."documentId") AS "n" ${from}`)[0].n);
  const page = ranked.slice(0, limit).map((r) => r.id);
  const docs = await readPage(page, input.scope);
  const facets = input.facetFields?.length && total > 0 ? { facets: await countHitFacets(from, input.facetFields) } : {};
  const hitsIn = compiled.hitsIn!;
  return {
    ...inScope,
    total,
    complete: true,
    notice: null,
    ...near,
    items: page.flatMap((id) => {
      const doc = docs.get(id);
      return doc ? [toItem(doc, input.scope, hitsIn, hitsIn(doc.sourceRef ? `${doc.title}\n${doc.sourceRef}` : doc.title).length > 0)] : [];
    }),
    nextCursor: ranked.length > limit ? writeCursor("o", offset + limit) : null,
    ...facets,
  };
}

/** The documents with a hit counted by each field's values, most first (at most MAX_FACET_VALUES each). */
async function countHitFacets(from: Prisma.Sql, fields: string[]): Promise<NonNullable<SearchResult["facets"]>> {
  const rows = await getDb().$queryRaw<{ field: string; value: string; n: number | bigint }[]>`
    SELECT m."field" AS "field", m."value" AS "value", count(DISTINCT m."documentId") AS "n"
    FROM "DocumentField" m
    WHERE m."field" IN (${Prisma.join(fields)}) AND m."documentId" IN (SELECT r."documentId" ${from})
    GROUP BY m."field", m."value"`;
  const facets: NonNullable<SearchResult["facets"]> = Object.fromEntries(fields.map((f) => [f, []]));
  for (const r of rows) facets[r.field].push({ value: r.value, count: Number(r.n) });
  for (const f of fields) facets[f] = facets[f].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, MAX_FACET_VALUES);
  return facets;
}

function scopeFields(scope: SearchScope): HitField[] {
  return scope === "both" ? ["text", "raw"] : [scope];
}

/** One document's result: its hits in the accepted text and/or the raw OCR, in text order. */
function toItem(doc: PageDocument, scope: SearchScope, finder: (text: string, field: HitField) => Span[], inTitle: boolean): SearchItem {
  const hits: SearchHit[] = [];
  let hitCount = 0;
  for (const field of scopeFields(scope)) {
    // An uncorrected document's raw OCR is its text: its hits would be listed twice.
    if (field === "raw" && scope === "both" && doc.rawText === doc.headText) continue;
    const text = field === "text" ? doc.headText : doc.rawText;
    const spans = finder(text, field);
    hitCount += spans.length;
    for (const s of spans.slice(0, Math.max(0, HITS_PER_DOCUMENT - hits.length))) hits.push(toHit(doc, field, text, s));
  }
  return {
    documentId: doc.id, title: doc.title, sourceRef: doc.sourceRef, status: doc.status, collectionName: doc.collectionName,
    headSeq: doc.headSeq, hitCount, inTitle, hits,
  };
}

function toHit(doc: PageDocument, field: HitField, text: string, s: Span): SearchHit {
  return {
    id: hitId(doc.id, field, field === "text" ? doc.headSeq : 0, s.start, s.end),
    field, start: s.start, end: s.end, text: text.slice(s.start, s.end), ...hitContext(text, s.start, s.end),
    ...(s.distance === undefined ? {} : { distance: s.distance }),
  };
}

async function readPage(ids: string[], scope: SearchScope): Promise<Map<string, PageDocument>> {
  if (!ids.length) return new Map();
  // The raw OCR is read only when it is searched; it is as long as the text.
  const raw = scope === "text" ? Prisma.sql`'' AS "rawText"` : Prisma.sql`d."rawText"`;
  const rows = await getDb().$queryRaw<(PageDocument & { headSeq: number | bigint })[]>`
    SELECT d."id", d."title", d."sourceRef", d."status", c."name" AS "collectionName", d."headSeq", d."headText", ${raw}
    FROM "Document" d JOIN "Collection" c ON c."id" = d."collectionId" WHERE d."id" IN (${Prisma.join(ids)})`;
  return new Map(rows.map((r) => [r.id, { ...r, headSeq: Number(r.headSeq) }]));
}

/**
 * A scan in document order (oldest first), within SCAN_BUDGET_MS: batches of documents are read
 * and searched (a regular expression in a worker, which stops one that runs away), until a
 * page of documents with hits is full, the budget is spent or the documents run out.
 */
async function scanSearch({ input, compiled, filters, limit, inScope }: {
  input: SearchInput; compiled: CompiledSearch; filters: Prisma.Sql; limit: number; inScope: { documentsSearched: number; uncorrected: number };
}): Promise<SearchResult> {
  const { query } = compiled;
  const deadline = Date.now() + SCAN_BUDGET_MS;
  const start = readCursor(input.cursor, "p");
  const db = getDb();
  const items: SearchItem[] = [];
  const stopped: string[] = [];
  let position = start;
  let scannedUncorrected = 0;
  let ended: "documents" | "page" | "budget" = "budget";
  scan: while (Date.now() < deadline) {
    const batch = await db.$queryRaw<{ id: string }[]>`
      SELECT d."id" FROM "Document" d WHERE ${filters} ORDER BY ${input.sort === "date" ? Prisma.sql`(d."recordDate" IS NULL), d."recordDate", ` : Prisma.empty}d."createdAt", d."id" LIMIT ${SCAN_BATCH} OFFSET ${position}`;
    const docs = await readPage(batch.map((b) => b.id), input.scope);
    const ordered = batch.flatMap((b) => docs.get(b.id) ?? []);
    const spans = await scanBatch(ordered, input.scope, compiled, deadline);
    for (const doc of ordered) {
      const found = spans.get(doc.id);
      if (found === undefined) break scan; // the budget ran out before this document
      if (found !== "stopped") {
        const item = toItem(doc, input.scope, (_, field) => found.get(field) ?? [], false);
        if (item.hitCount > 0 && items.length === limit) {
          // A full page, and the next page starts at this document.
          ended = "page";
          break scan;
        }
        if (item.hitCount > 0) items.push(item);
      } else stopped.push(doc.title);
      position++;
      if (UNCORRECTED.includes(doc.status as DocumentStatus)) scannedUncorrected++;
    }
    if (batch.length < SCAN_BATCH) {
      ended = "documents";
      break;
    }
  }
  const whole = ended === "documents" && start === 0;
  const reached = position - start;
  const notices: string[] = [];
  if (query.mode === "exact") notices.push(`text shorter than ${MIN_INDEXED_LENGTH} characters is not in the index, so the documents were read one by one`);
  if (!whole) {
    const why = ended === "budget" ? ` before the ${SCAN_BUDGET_MS / 1000} s budget ran out` : "";
    notices.push(`this page read documents ${(start + 1).toLocaleString("en")}–${position.toLocaleString("en")} of ${inScope.documentsSearched.toLocaleString("en")}${why}${ended === "documents" ? "" : "; go on for more"}`);
  }
  if (stopped.length) {
    const named = stopped.slice(0, 3).map((t) => `“${t}”`).join(", ");
    notices.push(`the expression ran for over ${REGEX_DOCUMENT_BUDGET_MS / 1000} s on ${stopped.length} document${stopped.length === 1 ? "" : "s"} (${named}${stopped.length > 3 ? ", …" : ""}) and was stopped there: make it simpler`);
  }
  return {
    documentsSearched: whole ? inScope.documentsSearched : reached,
    uncorrected: whole ? inScope.uncorrected : scannedUncorrected,
    total: items.length,
    complete: ended !== "budget",
    notice: notices.length ? sentence(notices) : null,
    items,
    nextCursor: ended === "documents" ? null : writeCursor("p", position),
  };
}

const sentence = (parts: string[]) => {
  const s = parts.join("; ");
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
};

type ScanSpans = Map<string, Map<HitField, Span[]> | "stopped">;

/** The hits of each document of a batch, per field; documents the budget did not reach are missing. */
async function scanBatch(docs: PageDocument[], scope: SearchScope, { query, hitsIn }: CompiledSearch, deadline: number): Promise<ScanSpans> {
  const texts = docs.flatMap((doc) => scopeFields(scope).map((field) => ({ key: `${doc.id}\u0000${field}`, text: field === "text" ? doc.headText : doc.rawText })));
  const result: ScanSpans = new Map();
  const record = (key: string, spans: Span[] | "stopped") => {
    const [id, field] = key.split("\u0000") as [string, HitField];
    const had = result.get(id);
    if (spans === "stopped" || had === "stopped") return void result.set(id, "stopped");
    result.set(id, new Map([...(had ?? []), [field, spans]]));
  };
  if (query.mode === "regex") {
    const outcomes = await scanWithRegex({ texts, source: query.source, caseSensitive: query.caseSensitive, limit: HITS_PER_DOCUMENT * 10, deadline });
    for (const o of outcomes) record(o.key, "stopped" in o ? "stopped" : o.matches);
  } else if (hitsIn) {
    for (const t of texts) {
      if (Date.now() >= deadline) break;
      record(t.key, hitsIn(t.text));
    }
  }
  // A document counts as reached only when every field of it was searched.
  for (const [id, spans] of result) if (spans !== "stopped" && spans.size < scopeFields(scope).length) result.delete(id);
  return result;
}

/** Cursors are opaque to clients: an offset into the ranked list ("o") or a scan position ("p"). */
function writeCursor(kind: "o" | "p", n: number): string {
  return Buffer.from(`${kind}${n}`).toString("base64url");
}

function readCursor(cursor: string | null | undefined, kind: "o" | "p"): number {
  if (!cursor) return 0;
  const m = /^([op])(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!m || m[1] !== kind) throw new AppError("invalid", "This cursor does not belong to this search: start again from the first page", { reason: "invalid_cursor" });
  return Number(m[2]);
}
