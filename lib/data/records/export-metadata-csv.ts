import "server-only";
import { getDb } from "../../server/db";
import { toCsv } from "../../metrics/series";
import { metadataCsvRows } from "../../records/metadata-csv";
import { getMetadataSchema } from "./get-metadata-schema";
import { valuesOf } from "./read-document-fields";

/** The collection's metadata as CSV (lib/records/metadata-csv): a row per document, a column per field, oldest first. */
export async function exportMetadataCsv({ collectionId }: { collectionId: string }): Promise<string> {
  const schema = await getMetadataSchema({ collectionId });
  const db = getDb();
  const documents = await db.document.findMany({ where: { collectionId, deletedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, title: true, sourceRef: true } });
  const rows = await db.documentField.findMany({ where: { document: { collectionId, deletedAt: null } }, orderBy: [{ field: "asc" }, { position: "asc" }], select: { documentId: true, field: true, value: true } });
  const byDocument = new Map<string, typeof rows>();
  for (const r of rows) byDocument.set(r.documentId, [...(byDocument.get(r.documentId) ?? []), r]);
  const csvRows = metadataCsvRows(schema, documents.map((d) => ({ ...d, metadata: valuesOf(byDocument.get(d.id) ?? [], schema) })));
  // Even a collection with no documents gets its header, so that the file can be filled in.
  return csvRows.length ? toCsv(csvRows) : `${["id", "title", "sourceRef", ...schema.fields.map((f) => f.name)].join(",")}\r\n`;
}
