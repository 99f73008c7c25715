import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { checkSchema, checkSchemaChange, type MetadataSchema } from "../../records/metadata-schema";
import { recordAudit } from "../audit/audit";
import { metadataSchemaOf } from "../collections/collection-settings-shape";
import { updateCollectionSettings } from "../collections/update-collection-settings";

/**
 * Replaces a collection's metadata schema (admins). Refused, naming the field, when it is not
 * well formed, or when it would remove, retype or drop a used list value of a field that holds
 * values (lib/records checkSchemaChange): what people entered is never reinterpreted silently.
 */
export async function updateMetadataSchema({ collectionId, schema, actorId }: { collectionId: string; schema: MetadataSchema; actorId: string }): Promise<MetadataSchema> {
  if (!Array.isArray(schema?.fields)) throw new AppError("invalid", "A schema is { fields: [{ name, label, type, values?, help? }] }");
  const checked = checkSchema(schema);
  if (!checked.ok) throw new AppError("invalid", checked.error.message, { field: checked.error.field });
  return getDb().$transaction(async (tx) => {
    const rows = await tx.documentField.findMany({ where: { document: { collectionId } }, select: { documentId: true, field: true, value: true } });
    const inUse = new Map<string, { documents: number; values: Set<string>; ids: Set<string> }>();
    for (const r of rows) {
      const used = inUse.get(r.field) ?? { documents: 0, values: new Set<string>(), ids: new Set<string>() };
      used.values.add(r.value);
      used.ids.add(r.documentId);
      used.documents = used.ids.size;
      inUse.set(r.field, used);
    }
    let before: MetadataSchema | null = null;
    const { after } = await updateCollectionSettings({
      tx, collectionId,
      change: (settings) => {
        before = metadataSchemaOf(settings);
        const change = checkSchemaChange(before, checked.value, inUse);
        if (!change.ok) throw new AppError("conflict", change.error.message, { field: change.error.field, reason: "field_in_use" });
        return { ...settings, metadataSchema: checked.value };
      },
    });
    await recordAudit({ tx, actorId, action: "collection.schema", subjectType: "collection", subjectId: collectionId, detail: `${checked.value.fields.length} metadata fields: ${checked.value.fields.map((f) => f.name).join(", ")}` });
    return metadataSchemaOf(after);
  });
}
