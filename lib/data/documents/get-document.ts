import "server-only";
import { metadataSchemaOf } from "../collections/collection-settings-shape";
import { readDocumentFields } from "../records/read-document-fields";
import { readDocument } from "./read-document";

/**
 * A document with its head text, raw OCR and metadata (its record's fields by name, beside what
 * import recorded about the file under `import`); 404 when the id is unknown or deleted.
 */
export async function getDocument({ id }: { id: string }) {
  const { summary, text, rawText, metadata, collectionSettings } = await readDocument({ id });
  const fields = await readDocumentFields({ documentId: id, schema: metadataSchemaOf(collectionSettings) });
  return { ...summary, text, rawText, metadata: { ...metadata, ...fields } };
}
