import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { histogram, perDay, ratesOverTime, statusOverTime } from "../../metrics/series";
import { sqlDate } from "../raw-values";
import { VOUCHED } from "../learning/document-lesson";
import type { CollectionMetrics } from "./metrics-shape";
import { countRedactions, redactionOfColumns } from "../../records/redaction";

const DAY_MS = 86_400_000;
const TOP_CONFUSIONS = 50;

/**
 * The numbers of a collection's dashboard (or, without a collection, of everything): each
 * document's error rates, documents by status over time, corrections per day and per person,
 * the distribution of raw-OCR error rates, the most frequent learned confusions, and the age of
 * waiting proposals. Plain SQL with one pass per series; deleted documents are left out.
 */
export async function collectionMetrics({ collectionId = null, now = new Date() }: { collectionId?: string | null; now?: Date } = {}): Promise<CollectionMetrics> {
  const db = getDb();
  let collection: CollectionMetrics["collection"] = null;
  if (collectionId) {
    const row = await db.collection.findUnique({ where: { id: collectionId }, select: { id: true, name: true } });
    if (!row) throw new AppError("not_found", `No collection with id ${collectionId}`);
    collection = row;
  }
  const inScope = collectionId ? Prisma.sql`d."deletedAt" IS NULL AND d."collectionId" = ${collectionId}` : Prisma.sql`d."deletedAt" IS NULL`;

  const documents = await db.$queryRaw<{ documentId: string; title: string; status: string; headSeq: number | bigint; createdAt: unknown; cer: number | null; wer: number | null }[]>`
    SELECT d."id" AS "documentId", d."title", d."status", d."headSeq", d."createdAt", r."cer", r."wer"
    FROM "Document" d LEFT JOIN "Revision" r ON r."documentId" = d."id" AND r."seq" = d."headSeq" WHERE ${inScope} ORDER BY d."createdAt"`;
  const changes = await db.$queryRaw<{ documentId: string; toState: string; createdAt: unknown }[]>`
    SELECT a."documentId", a."toState", a."createdAt" FROM "AuditEvent" a JOIN "Document" d ON d."id" = a."documentId"
    WHERE a."action" = 'document.status' AND a."toState" IS NOT NULL AND ${inScope}`;
  // Undos and reverts are not corrections: they are left out of the counts of corrections.
  const revisions = await db.$queryRaw<{ documentId: string; createdAt: unknown; cer: number | null; wer: number | null; inserted: number | bigint; deleted: number | bigint; authorName: string | null }[]>`
    SELECT r."documentId", r."createdAt", r."cer", r."wer", r."inserted", r."deleted", u."displayName" AS "authorName"
    FROM "Revision" r JOIN "Document" d ON d."id" = r."documentId" LEFT JOIN "User" u ON u."id" = r."authorId"
    WHERE r."seq" > 0 AND r."undoesFrom" IS NULL AND ${inScope}`;
  const confusions = await db.$queryRaw<{ from: string; to: string; count: number | bigint }[]>`
    SELECT "key" AS "from", "value" AS "to", sum("count") AS "count" FROM "SuggestionCount"
    WHERE "kind" = 'confusion' ${collectionId ? Prisma.sql`AND "collectionId" = ${collectionId}` : Prisma.empty}
    GROUP BY "key", "value" ORDER BY "count" DESC, "key" LIMIT ${TOP_CONFUSIONS}`;
  const waiting = await db.$queryRaw<{ proposalId: string; documentId: string; title: string; authorName: string; createdAt: unknown }[]>`
    SELECT p."id" AS "proposalId", d."id" AS "documentId", d."title", u."displayName" AS "authorName", p."createdAt"
    FROM "Proposal" p JOIN "Document" d ON d."id" = p."documentId" JOIN "User" u ON u."id" = p."authorId"
    WHERE p."status" = 'proposed' AND ${inScope} ORDER BY p."createdAt"`;
  const redactionRows = await db.$queryRaw<{ documentId: string; exemptions: string | null; extentQuantity: number | null; extentUnit: string | null; extentAtMost: boolean | number | bigint }[]>`
    SELECT a."documentId", a."exemptions", a."extentQuantity", a."extentUnit", a."extentAtMost"
    FROM "Annotation" a JOIN "Document" d ON d."id" = a."documentId" WHERE a."tag" = 'redaction' AND ${inScope}`;
  const redactions = countRedactions(redactionRows.map((r) => ({ documentId: r.documentId, ...redactionOfColumns({ ...r, extentQuantity: r.extentQuantity === null ? null : Number(r.extentQuantity), extentAtMost: Boolean(Number(r.extentAtMost)) }) })));

  const changesByDoc = new Map<string, { at: Date; to: string }[]>();
  for (const c of changes) changesByDoc.set(c.documentId, [...(changesByDoc.get(c.documentId) ?? []), { at: sqlDate(c.createdAt), to: c.toState }]);
  const people = new Map<string, { revisions: number; charactersChanged: number }>();
  for (const r of revisions) {
    const name = r.authorName ?? "OCR import";
    const p = people.get(name) ?? { revisions: 0, charactersChanged: 0 };
    p.revisions++;
    p.charactersChanged += Number(r.inserted) + Number(r.deleted);
    people.set(name, p);
  }
  // "Corrected" means what the status says: marked corrected or approved, not merely touched.
  const corrected = documents.filter((d) => VOUCHED.has(d.status) && d.cer !== null);
  return {
    collection,
    generatedAt: now.toISOString(),
    documents: documents.map((d) => ({ documentId: d.documentId, title: d.title, status: d.status, headSeq: Number(d.headSeq), cer: d.cer, wer: d.wer })),
    statusOverTime: statusOverTime(documents.map((d) => ({ createdAt: sqlDate(d.createdAt), changes: changesByDoc.get(d.documentId) ?? [] })), now),
    correctionsPerDay: perDay(revisions.map((r) => sqlDate(r.createdAt))),
    correctionsPerPerson: [...people].map(([name, p]) => ({ name, ...p })).sort((a, b) => b.revisions - a.revisions || a.name.localeCompare(b.name)),
    corrected: { documents: corrected.length, meanCer: corrected.length ? corrected.reduce((n, d) => n + d.cer!, 0) / corrected.length : null },
    errorRateDistribution: histogram(corrected.map((d) => d.cer!), 0.02, 0.4),
    errorRatesOverTime: ratesOverTime(revisions.flatMap((r) => (r.cer === null || r.wer === null ? [] : [{ documentId: r.documentId, at: sqlDate(r.createdAt), cer: r.cer, wer: r.wer }]))),
    confusions: confusions.map((c) => ({ from: c.from, to: c.to, count: Number(c.count) })),
    redactions: { total: redactions.total, documents: redactions.documents },
    redactionsByCode: redactions.byCode,
    redactionsByExtent: redactions.byExtent,
    redactionsByDocument: [...redactionRows.reduce((n, r) => n.set(r.documentId, (n.get(r.documentId) ?? 0) + 1), new Map<string, number>())]
      .map(([documentId, count]) => ({ documentId, title: documents.find((d) => d.documentId === documentId)?.title ?? documentId, count }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))
      .slice(0, 20),
    waitingProposals: waiting.map((w) => ({ proposalId: w.proposalId, documentId: w.documentId, title: w.title, authorName: w.authorName, ageDays: Math.floor((now.getTime() - sqlDate(w.createdAt).getTime()) / DAY_MS * 10) / 10 })),
  };
}
