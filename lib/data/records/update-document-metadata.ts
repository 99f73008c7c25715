import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { parseEdtf } from "../../records/edtf";
import { checkValues, type MetadataValues } from "../../records/metadata-schema";
import { recordAudit } from "../audit/audit";
import { entityNames } from "./entity-names";
import { getMetadataSchema } from "./get-metadata-schema";
import { readDocumentFields } from "./read-document-fields";

/**
 * Sets a document's metadata fields (the others stay as they are; an empty value clears its
 * field), checked against its collection's schema: 422 naming the field for a wrong type or
 * value. The rows, and an audit event naming the fields changed, land in one transaction (the
 * caller's, when given).
 * Answers the document's metadata after.
 */
export async function updateDocumentMetadata({ documentId, values, actorId, tx: outer }: { documentId: string; values: Record<string, unknown>; actorId: string | null; tx?: DbTx }): Promise<MetadataValues> {
  if (!values || typeof values !== "object" || Array.isArray(values)) throw new AppError("invalid", "metadata is an object of values by field name");
  // Inside the caller's transaction when given (a PATCH that also renames or moves the document).
  const inTransaction = <T>(work: (tx: DbTx) => Promise<T>) => (outer ? work(outer) : getDb().$transaction(work));
  return inTransaction(async (tx) => {
    const doc = await tx.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { collectionId: true } });
    if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
    const schema = await getMetadataSchema({ collectionId: doc.collectionId, tx });
    const checked = checkValues(schema, values, await entityNames(tx));
    if (!checked.ok) throw new AppError("invalid", checked.error.message, { field: checked.error.field });
    const { set, cleared } = checked.value;
    const touched = [...Object.keys(set), ...cleared];
    if (touched.length === 0) return readDocumentFields({ documentId, schema, tx });
    await tx.documentField.deleteMany({ where: { documentId, field: { in: touched } } });
    const rows = Object.entries(set).flatMap(([field, value]) => (Array.isArray(value) ? value : [value]).map((v, position) => {
      const type = schema.fields.find((f) => f.name === field)!.type;
      const date = type === "date" ? parseEdtf(v) : null;
      return { documentId, field, position, value: v, dateStart: date?.ok ? date.value.start : null, dateEnd: date?.ok ? date.value.end : null };
    }));
    if (rows.length) await tx.documentField.createMany({ data: rows });
    // The record's date for sorting: the first day of the schema's first date field.
    const dateField = schema.fields.find((f) => f.type === "date")?.name;
    const dateRow = dateField && touched.includes(dateField) ? rows.find((r) => r.field === dateField) : undefined;
    const recordDate = dateField && touched.includes(dateField) ? { recordDate: dateRow?.dateStart ?? null } : {};
    await tx.document.update({ where: { id: documentId }, data: { updatedAt: new Date(), ...recordDate } });
    await recordAudit({ tx, actorId, action: "document.metadata", subjectType: "document", subjectId: documentId, documentId, detail: `Metadata: ${touched.map((f) => (cleared.includes(f) ? `${f} cleared` : `${f} set`)).join(", ")}` });
    return readDocumentFields({ documentId, schema, tx });
  });
}
