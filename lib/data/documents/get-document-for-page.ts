import "server-only";
import { exemptionCodesOf, reviewPolicyOf, tagSetOf } from "../collections/collection-settings-shape";
import { readDocument } from "./read-document";

/**
 * Everything the editor page reads about the document itself, in one query: its texts and
 * summary, and its collection's tag set and review policy (which were three reads).
 */
export async function getDocumentForPage({ id }: { id: string }) {
  const { summary, text, rawText, collectionSettings } = await readDocument({ id });
  return { ...summary, text, rawText, tags: tagSetOf(collectionSettings), policy: reviewPolicyOf(collectionSettings), exemptionCodes: exemptionCodesOf(collectionSettings) };
}
