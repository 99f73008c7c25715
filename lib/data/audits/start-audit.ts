import "server-only";
import { randomInt } from "node:crypto";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { pageRange } from "../../layers/page-range";
import { wordsAtText } from "../../layers/words-at";
import { seeded } from "../../metrics/seeded-random";
import { allocate, auditableLines, defaultSampleSize, pick } from "../../team/audit-sample";
import { recordAudit } from "../audit/audit";
import { parsePageLayer } from "../pages/page-shape";
import type { UserRef } from "../users/users";

/** The most lines one audit draws: a day or two of a reviewer's checking. */
export const MAX_SAMPLE = 2000;

/** The approved documents of a collection with their auditable lines: the population. */
async function population(collectionId: string) {
  const docs = await getDb().document.findMany({
    where: { collectionId, status: "approved", deletedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, headSeq: true, headText: true, rawText: true },
  });
  return docs.map((d) => ({ ...d, lines: auditableLines(d.headText) }));
}

/** What the start form offers: how many approved documents and lines there are, and the default sample. */
export async function planAudit({ collectionId }: { collectionId: string }) {
  const docs = await population(collectionId);
  const lines = docs.reduce((a, d) => a + d.lines.length, 0);
  const characters = docs.reduce((a, d) => a + d.lines.reduce((b, l) => b + l.text.length, 0), 0);
  return { documents: docs.length, lines, defaultSize: defaultSampleSize({ lines, characters }) };
}

/**
 * Starts an audit of a collection's approved text: draws `sampleSize` lines (the default aims at
 * a ±1 point interval), stratified by document in proportion to their lines, with a recorded
 * seed; notes who corrected each document and where each line is on its page image. 422 when
 * nothing is approved yet or the size is out of range.
 */
export async function startAudit({ collectionId, sampleSize, user }: { collectionId: string; sampleSize?: number; user: UserRef }) {
  const db = getDb();
  if (!(await db.collection.findUnique({ where: { id: collectionId }, select: { id: true } }))) throw new AppError("not_found", `No collection with id ${collectionId}`);
  const docs = await population(collectionId);
  const total = docs.reduce((a, d) => a + d.lines.length, 0);
  if (total === 0) throw new AppError("invalid", "Nothing to audit yet: this collection has no approved document with text");
  const characters = docs.reduce((a, d) => a + d.lines.reduce((b, l) => b + l.text.length, 0), 0);
  const n = sampleSize ?? defaultSampleSize({ lines: total, characters });
  if (!Number.isInteger(n) || n < 1 || n > Math.min(MAX_SAMPLE, total)) {
    throw new AppError("invalid", `The sample is 1 to ${Math.min(MAX_SAMPLE, total)} lines (the collection's approved documents have ${total})`, { field: "sampleSize" });
  }
  const seed = randomInt(2 ** 31);
  const random = seeded(seed);
  const allocation = allocate(docs.map((d) => d.lines.length), n);
  const [correctors, pages] = await Promise.all([
    db.revision.groupBy({ by: ["documentId", "authorId"], where: { documentId: { in: docs.map((d) => d.id) }, seq: { gt: 0 }, authorId: { not: null } }, _count: { _all: true } }),
    db.page.findMany({ where: { documentId: { in: docs.map((d) => d.id) } }, select: { id: true, documentId: true, index: true, layer: true } }),
  ]);
  const correctorOf = (documentId: string) =>
    correctors.filter((c) => c.documentId === documentId).sort((a, b) => b._count._all - a._count._all)[0]?.authorId ?? null;
  const rows = docs.flatMap((d, i) => {
    const chosen = pick(d.lines.length, allocation[i], random).map((k) => d.lines[k]);
    return chosen.map((line) => {
      const place = placeOnPage(d, line, pages.filter((p) => p.documentId === d.id));
      return {
        position: 0, documentId: d.id, seq: d.headSeq, lineIndex: line.index, start: line.start, end: line.end, text: line.text,
        correctorId: correctorOf(d.id), pageId: place?.pageId ?? null, box: place?.box ?? undefined,
      };
    });
  });
  // Checked in the order drawn would walk one document after another: shuffle, so that a
  // reviewer who stops early has a sample from across the collection.
  for (let k = rows.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [rows[k], rows[j]] = [rows[j], rows[k]];
  }
  rows.forEach((r, k) => (r.position = k));
  return db.$transaction(async (tx) => {
    const audit = await tx.audit.create({
      data: { collectionId, startedById: user.id, seed, sampleSize: rows.length, strata: Object.fromEntries(docs.map((d) => [d.id, d.lines.length])) },
      select: { id: true },
    });
    await tx.auditLine.createMany({ data: rows.map((r) => ({ ...r, auditId: audit.id })) });
    await recordAudit({ tx, actorId: user.id, action: "collection.audit", subjectType: "collection", subjectId: collectionId, detail: `${rows.length} lines of ${total}, seed ${seed}` });
    return { id: audit.id, sampleSize: rows.length };
  });
}

/** The page a line is on (its "\f" count) and the box of the words it holds there, when the page has a layer. */
function placeOnPage(doc: { headText: string; rawText: string }, line: { start: number; end: number }, pages: { id: string; index: number; layer: unknown }[]) {
  const index = (doc.headText.slice(0, line.start).match(/\f/g) ?? []).length;
  const page = pages.find((p) => p.index === index);
  const layer = page ? parsePageLayer(page.layer) : null;
  if (!page || !layer) return page ? { pageId: page.id, box: undefined } : null;
  const { words } = wordsAtText(doc.rawText, doc.headText, layer.lines, pageRange(doc.headText, index));
  const inLine = words.filter((w) => w.start < line.end && w.end > line.start);
  if (inLine.length === 0) return { pageId: page.id, box: undefined };
  const x = Math.min(...inLine.map((w) => w.box[0]));
  const y = Math.min(...inLine.map((w) => w.box[1]));
  const right = Math.max(...inLine.map((w) => w.box[0] + w.box[2]));
  const bottom = Math.max(...inLine.map((w) => w.box[1] + w.box[3]));
  return { pageId: page.id, box: [x, y, right - x, bottom - y] };
}
