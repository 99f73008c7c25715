import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { estimateCer, type CheckedLine } from "../../team/audit-sample";
import { NOT_ESTIMATED, type AuditLineView, type AuditView, type RemainingCer } from "./audit-shape";

const interval = (checked: CheckedLine[], strata: Map<string, number>): RemainingCer => {
  const e = estimateCer(checked, strata);
  return e ? { estimate: e.estimate, low: e.low, high: e.high } : NOT_ESTIMATED;
};

/** An audit's figures: lines checked, errors found, and the remaining CER with its interval, for the collection and per corrector. */
export async function getAudit({ id }: { id: string }): Promise<AuditView> {
  const db = getDb();
  const audit = await db.audit.findUnique({
    where: { id },
    select: { id: true, collectionId: true, sampleSize: true, strata: true, createdAt: true, collection: { select: { name: true } }, startedBy: { select: { displayName: true } } },
  });
  if (!audit) throw new AppError("not_found", `No audit with id ${id}`);
  const rows = await db.auditLine.findMany({
    where: { auditId: id, checkedAt: { not: null } },
    select: { documentId: true, errors: true, chars: true, corrector: { select: { displayName: true } } },
  });
  const strata = new Map(Object.entries(audit.strata as Record<string, number>));
  const checked = rows.map((r) => ({ stratum: r.documentId, chars: r.chars ?? 0, errors: r.errors ?? 0, corrector: r.corrector?.displayName ?? "the OCR (never corrected)" }));
  const names = [...new Set(checked.map((c) => c.corrector))];
  const byCorrector = names
    .map((name) => {
      const own = checked.filter((c) => c.corrector === name);
      // A corrector's documents are their own strata: the estimate is of their text alone.
      const ownStrata = new Map([...strata].filter(([doc]) => own.some((c) => c.stratum === doc)));
      return { name, lines: own.length, errors: own.reduce((a, c) => a + c.errors, 0), characters: own.reduce((a, c) => a + c.chars, 0), remainingCer: interval(own, ownStrata) };
    })
    .sort((a, b) => (b.remainingCer.estimate ?? 0) - (a.remainingCer.estimate ?? 0) || a.name.localeCompare(b.name));
  return {
    id: audit.id,
    collectionId: audit.collectionId,
    collectionName: audit.collection.name,
    startedBy: audit.startedBy.displayName,
    createdAt: audit.createdAt.toISOString(),
    sampleSize: audit.sampleSize,
    checked: checked.length,
    errors: checked.reduce((a, c) => a + c.errors, 0),
    characters: checked.reduce((a, c) => a + c.chars, 0),
    remainingCer: interval(checked, strata),
    byCorrector,
  };
}

/** The lines an audit drew, in the order to check them. */
export async function listAuditLines({ id }: { id: string }): Promise<AuditLineView[]> {
  const rows = await getDb().auditLine.findMany({
    where: { auditId: id },
    orderBy: { position: "asc" },
    select: { id: true, position: true, documentId: true, lineIndex: true, text: true, pageId: true, box: true, checkedAt: true, corrected: true, errors: true, fixSeq: true, document: { select: { title: true } } },
  });
  return rows.map((r) => ({
    id: r.id, position: r.position, documentId: r.documentId, title: r.document.title, lineIndex: r.lineIndex, text: r.text, pageId: r.pageId,
    box: Array.isArray(r.box) && r.box.length === 4 ? (r.box as [number, number, number, number]) : null,
    checked: r.checkedAt !== null, corrected: r.corrected, errors: r.errors, fixSeq: r.fixSeq,
  }));
}

/** A collection's audits, newest first, with their figures. */
export async function listAudits({ collectionId }: { collectionId: string }): Promise<AuditView[]> {
  const ids = await getDb().audit.findMany({ where: { collectionId }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true } });
  return Promise.all(ids.map(({ id }) => getAudit({ id })));
}
