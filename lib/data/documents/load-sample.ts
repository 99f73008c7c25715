import "server-only";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { getDb } from "../../server/db";
import { importFile } from "../../text/import-text";
import { sha256 } from "../../text/sha256";
import { resolveCollectionId } from "../collections/resolve-collection-id";
import { createDocument } from "./create-document";

export const SAMPLE_PATH = fileURLToPath(new URL("../../../samples/csdb-18851.ocr.txt", import.meta.url));
export const SAMPLE_TITLE = "Efforts to Establish Diplomatic Relations Between the USSR and Japan";
export const SAMPLE_SOURCE_REF = "CSDB-18851";
/** Revision 0 of the sample is attributed to the import, not to a person. */

/**
 * Loads the sample report into the default collection once. Idempotent: a second call finds
 * the same raw text (by SHA-256) and stores nothing. Returns whether it created the document.
 */
export async function loadSample(path = SAMPLE_PATH): Promise<{ created: boolean; id: string }> {
  const imported = importFile(new Uint8Array(await readFile(path)), "csdb-18851.ocr.txt");
  if (!imported.ok) throw new Error(`The sample is not importable: ${imported.error.message}`);
  const collectionId = await resolveCollectionId({});
  const existing = await getDb().document.findUnique({
    where: { collectionId_rawSha256: { collectionId, rawSha256: sha256(imported.value.text) } },
    select: { id: true },
  });
  if (existing) return { created: false, id: existing.id };
  const doc = await createDocument({
    title: SAMPLE_TITLE,
    sourceRef: SAMPLE_SOURCE_REF,
    text: imported.value.text,
    facts: imported.value.facts,
    authorId: null,
    collectionId,
  });
  return { created: true, id: doc.id };
}
