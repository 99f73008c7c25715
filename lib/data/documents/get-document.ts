import "server-only";
import { metadataSchemaOf } from "../collections/collection-settings-shape";
import { valuesOf } from "../records/read-document-fields";
import { documentFieldRows } from "./document-sql";
import { readDocument } from "./read-document";

/**
 * A document with its head text, raw OCR and metadata (its record's fields by name, beside what
 * import recorded about the file under `import`); 404 when the id is unknown or deleted. Both
 * reads are prepared statements: this is the API's hot read.
 */
export async function getDocument({ id }: { id: string }) {
  const { summary, text, rawText, metadata, collectionSettings } = await readDocument({ id });
  const fields = valuesOf(await documentFieldRows(id), metadataSchemaOf(collectionSettings));
  return { ...summary, text, rawText, metadata: { ...metadata, ...fields } };
}
