import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { suggestMetadata, type MetadataSuggestion } from "../../records/suggest-metadata";
import { metadataSchemaOf, parseCollectionSettings } from "../collections/collection-settings-shape";
import { entityNames } from "./entity-names";
import { readDocumentFields } from "./read-document-fields";

/**
 * What the document's header says of its metadata (lib/records/suggest-metadata), read from its
 * current text, less what its fields already hold; a person or organisation the registry knows
 * (by name or variant) is given by the registry's name, and one it does not know is marked
 * `notInEntities` (a field takes only names from Entities). 404 for an unknown document.
 */
export async function suggestDocumentMetadata({ documentId, names: known }: { documentId: string; names?: (name: string) => string | null }): Promise<{ items: (MetadataSuggestion & { notInEntities?: true })[] }> {
  const db = getDb();
  const doc = await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { headText: true, collection: { select: { settings: true } } } });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  const schema = metadataSchemaOf(parseCollectionSettings(doc.collection.settings));
  // A caller going through many documents reads the registry once and passes it.
  const [current, names] = await Promise.all([readDocumentFields({ documentId, schema }), known ?? entityNames(db)]);
  const items = suggestMetadata(doc.headText, schema)
    .map((s) => {
      if (schema.fields.find((f) => f.name === s.field)?.type !== "entity") return s;
      const name = names(s.value as string);
      return name ? { ...s, value: name } : { ...s, notInEntities: true as const };
    })
    .filter((s) => JSON.stringify(current[s.field]) !== JSON.stringify(s.value));
  return { items };
}
