import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { checkValues, type MetadataValues } from "../../records/metadata-schema";
import { readMetadataCsv, type CsvProblem } from "../../records/metadata-csv";
import type { MetadataImportReport } from "./metadata-import-shape";
import { entityNames } from "./entity-names";
import { getMetadataSchema } from "./get-metadata-schema";
import { updateDocumentMetadata } from "./update-document-metadata";
import { valuesOf } from "./read-document-fields";


/**
 * Reads a CSV of the collection's metadata (lib/records/metadata-csv) and checks every row: its
 * document (by id, or by source reference, in this collection) and each value against the
 * schema. With `apply`, a file without a problem is applied in one transaction, each document's
 * change audited; a file with any is refused whole (422, the report in `details`), so that a
 * half-applied spreadsheet never leaves the collection in a state nobody chose.
 */
export async function importMetadataCsv({ collectionId, text, actorId, apply }: { collectionId: string; text: string; actorId: string; apply: boolean }): Promise<MetadataImportReport> {
  const schema = await getMetadataSchema({ collectionId });
  const read = readMetadataCsv(text, schema);
  if (!read.ok) return { rows: 0, changed: 0, applied: false, errors: [read.error] };
  const db = getDb();
  const documents = await db.document.findMany({ where: { collectionId, deletedAt: null }, select: { id: true, sourceRef: true } });
  const byId = new Map(documents.map((d) => [d.id, d]));
  const fieldRows = await db.documentField.findMany({ where: { document: { collectionId, deletedAt: null } }, orderBy: [{ field: "asc" }, { position: "asc" }], select: { documentId: true, field: true, value: true } });
  const rowsOf = new Map<string, typeof fieldRows>();
  for (const r of fieldRows) rowsOf.set(r.documentId, [...(rowsOf.get(r.documentId) ?? []), r]);
  const current = (id: string) => valuesOf(rowsOf.get(id) ?? [], schema);
  const names = await entityNames(db);
  const errors: CsvProblem[] = [];
  const changes: { documentId: string; values: Record<string, unknown> }[] = [];
  const seen = new Map<string, number>();
  for (const row of read.value) {
    const matches = row.documentId ? [byId.get(row.documentId)].filter((d) => d !== undefined) : documents.filter((d) => row.sourceRef && d.sourceRef === row.sourceRef);
    if (matches.length !== 1) {
      errors.push({ line: row.line, message: matches.length ? `Source reference “${row.sourceRef}” names ${matches.length} documents: give the id` : `No document ${row.documentId ? `with id “${row.documentId}”` : `with source reference “${row.sourceRef ?? ""}”`} in this collection` });
      continue;
    }
    const id = matches[0].id;
    if (seen.has(id)) {
      errors.push({ line: row.line, message: `The document is on line ${seen.get(id)} already` });
      continue;
    }
    seen.set(id, row.line);
    const checked = checkValues(schema, row.values, names);
    if (!checked.ok) {
      errors.push({ line: row.line, field: checked.error.field, message: checked.error.message });
      continue;
    }
    if (differs(current(id), checked.value.set, checked.value.cleared)) changes.push({ documentId: id, values: row.values });
  }
  const report = { rows: read.value.length, changed: changes.length, applied: false, errors };
  if (!apply || changes.length === 0) return report;
  if (errors.length) throw new AppError("invalid", `The file has ${errors.length} problem${errors.length === 1 ? "" : "s"}; nothing was changed`, { report });
  await db.$transaction(async (tx) => {
    for (const c of changes) await updateDocumentMetadata({ documentId: c.documentId, values: c.values, actorId, tx });
  }, { timeout: 120_000 });
  return { ...report, applied: true };
}

function differs(before: MetadataValues, set: MetadataValues, cleared: string[]): boolean {
  if (cleared.some((f) => before[f] !== undefined)) return true;
  return Object.entries(set).some(([f, v]) => JSON.stringify([v].flat()) !== JSON.stringify([before[f] ?? []].flat()));
}
