import "server-only";
import { getDb, type DbTx } from "../../server/db";
import type { MetadataSchema, MetadataValues } from "../../records/metadata-schema";

/** A document's metadata by field name: one value, or a list for the schema's list fields (and any field holding several). */
export async function readDocumentFields({ documentId, schema, tx: db = getDb() }: { documentId: string; schema: MetadataSchema; tx?: DbTx }): Promise<MetadataValues> {
  const rows = await db.documentField.findMany({ where: { documentId }, orderBy: [{ field: "asc" }, { position: "asc" }], select: { field: true, value: true } });
  return valuesOf(rows, schema);
}

/** Rows (in field and position order) as values by field name. */
export function valuesOf(rows: readonly { field: string; value: string }[], schema: MetadataSchema): MetadataValues {
  const lists = new Map<string, string[]>();
  for (const r of rows) lists.set(r.field, [...(lists.get(r.field) ?? []), r.value]);
  const values: MetadataValues = {};
  for (const [field, list] of lists) {
    const type = schema.fields.find((f) => f.name === field)?.type;
    values[field] = type === "choices" || type === "identifier" || list.length > 1 ? list : list[0]!;
  }
  return values;
}
