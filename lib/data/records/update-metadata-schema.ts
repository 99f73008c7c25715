import "server-only";
import { getDb, type DbTx } from "../../server/db";
import { AppError } from "../../errors";
import { checkSchema, checkSchemaChange, type MetadataSchema } from "../../records/metadata-schema";
import { recordAudit } from "../audit/audit";
import { metadataSchemaOf } from "../collections/collection-settings-shape";
import { canonicalCode, checkExemptionCodes, redactionOfColumns } from "../../records/redaction";
import { collectionSchemaOf, type CollectionSchema } from "./get-metadata-schema";
import { updateCollectionSettings } from "../collections/update-collection-settings";

/**
 * Replaces a collection's metadata schema (admins). Refused, naming the field, when it is not
 * well formed, or when it would remove, retype or drop a used list value of a field that holds
 * values (lib/records checkSchemaChange): what people entered is never reinterpreted silently.
 * `exemptionCodes`, when sent, replaces the code list; a code that redactions cite stays.
 */
export async function updateMetadataSchema({ collectionId, schema, actorId }: { collectionId: string; schema: MetadataSchema & { exemptionCodes?: string[] }; actorId: string }): Promise<CollectionSchema> {
  if (!Array.isArray(schema?.fields)) throw new AppError("invalid", "A schema is { fields: [{ name, label, type, values?, help? }], exemptionCodes?: string[] }");
  const checked = checkSchema({ fields: schema.fields });
  if (!checked.ok) throw new AppError("invalid", checked.error.message, { field: checked.error.field });
  const codes = schema.exemptionCodes;
  if (codes !== undefined) {
    const problem = !Array.isArray(codes) || codes.some((c) => typeof c !== "string") ? "exemptionCodes is a list of strings" : checkExemptionCodes(codes);
    if (problem) throw new AppError("invalid", problem, { field: "exemptionCodes" });
  }
  return getDb().$transaction(async (tx) => {
    if (codes !== undefined) await keepCitedCodes(tx, collectionId, codes);
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
        return { ...settings, metadataSchema: checked.value, ...(codes !== undefined ? { exemptionCodes: codes.map((c) => c.trim()) } : {}) };
      },
    });
    await recordAudit({ tx, actorId, action: "collection.schema", subjectType: "collection", subjectId: collectionId, detail: `${checked.value.fields.length} metadata fields: ${checked.value.fields.map((f) => f.name).join(", ")}` });
    return collectionSchemaOf(after);
  });
}

/** 409 naming the codes that the collection's redactions cite and `codes` leaves out. */
async function keepCitedCodes(tx: DbTx, collectionId: string, codes: string[]) {
  const rows = await tx.annotation.findMany({ where: { tag: "redaction", document: { collectionId } }, select: { exemptions: true, extentQuantity: true, extentUnit: true, extentAtMost: true } });
  const cited = new Map<string, number>();
  for (const r of rows) for (const c of redactionOfColumns(r).exemptions) if (!canonicalCode(c, codes)) cited.set(c, (cited.get(c) ?? 0) + 1);
  if (cited.size) throw new AppError("conflict", `Codes cited by redactions cannot be removed: ${[...cited].map(([c, n]) => `${c} (${n})`).join(", ")}`, { field: "exemptionCodes", reason: "code_in_use" });
}
