import "server-only";
import { getDb } from "../../server/db";
import { applyPatchExact } from "../../revisions/apply-patch";
import { decodeSnapshot } from "../../revisions/snapshot-codec";
import { sha256 } from "../../text/sha256";

export interface IntegrityProblem {
  documentId: string;
  title: string;
  seq: number | null;
  message: string;
}

/**
 * Replays every revision of one document from the raw OCR and checks each SHA-256, each
 * snapshot, the seq numbering and the stored head text. Returns the problems found.
 */
export async function checkDocumentIntegrity({ documentId }: { documentId: string }): Promise<IntegrityProblem[]> {
  const db = getDb();
  const doc = await db.document.findUniqueOrThrow({
    where: { id: documentId },
    select: { id: true, title: true, rawText: true, rawSha256: true, headText: true, headSeq: true },
  });
  const problems: IntegrityProblem[] = [];
  const report = (seq: number | null, message: string) => problems.push({ documentId, title: doc.title, seq, message });

  if (sha256(doc.rawText) !== doc.rawSha256) report(0, "the raw OCR does not match rawSha256");
  const rows = await db.revision.findMany({
    where: { documentId },
    orderBy: { seq: "asc" },
    select: { seq: true, parentSeq: true, patch: true, snapshot: true, sha256: true, length: true },
  });
  let text = doc.rawText;
  for (const [i, row] of rows.entries()) {
    if (row.seq !== i) {
      report(row.seq, `expected seq ${i}: the chain has a gap`);
      return problems;
    }
    if (i > 0) {
      if (row.parentSeq !== i - 1) report(row.seq, `parentSeq is ${row.parentSeq}, expected ${i - 1}`);
      const applied = applyPatchExact(text, row.patch ?? "");
      if (!applied.ok) {
        report(row.seq, `patch does not apply: ${applied.error.message}`);
        return problems;
      }
      text = applied.value;
    }
    if (sha256(text) !== row.sha256) report(row.seq, "rebuilt text does not match its SHA-256");
    if (text.length !== row.length) report(row.seq, `length is ${row.length}, rebuilt text has ${text.length}`);
    if (row.snapshot && decodeSnapshot(row.snapshot) !== text) report(row.seq, "snapshot differs from the replayed text");
  }
  if (rows.length - 1 !== doc.headSeq) report(null, `headSeq is ${doc.headSeq} but the last revision is ${rows.length - 1}`);
  if (text !== doc.headText) report(doc.headSeq, "stored headText differs from the replayed head revision");
  return problems;
}

/** Checks every document; `onDocument` reports progress. */
export async function checkAllDocuments(onDocument?: (title: string, problems: IntegrityProblem[]) => void) {
  const ids = await getDb().document.findMany({ select: { id: true, title: true }, orderBy: { createdAt: "asc" } });
  const all: IntegrityProblem[] = [];
  for (const { id, title } of ids) {
    const problems = await checkDocumentIntegrity({ documentId: id });
    onDocument?.(title, problems);
    all.push(...problems);
  }
  return { documents: ids.length, problems: all };
}
