import "server-only";
import { quoteAt } from "../../anchoring/quote";
import type { DbTx } from "../../server/db";
import { findRedactions } from "../../records/find-redactions";
import { canonicalCode, redactionColumns } from "../../records/redaction";
import { exemptionCodesOf, parseCollectionSettings, tagSetOf } from "../collections/collection-settings-shape";


/**
 * Marks the redactions a new text shows (editors' brackets, exemption stamps) as redaction
 * annotations found on import, in the caller's transaction; the text is left as it is. A
 * collection without a "redaction" tag gets none; codes its list lacks are left out.
 */
export async function annotateFoundRedactions({ tx, documentId, collectionId, text, seq }: { tx: DbTx; documentId: string; collectionId: string; text: string; seq: number }): Promise<number> {
  const found = findRedactions(text);
  if (found.length === 0) return 0;
  const collection = await tx.collection.findUniqueOrThrow({ where: { id: collectionId }, select: { settings: true } });
  const settings = parseCollectionSettings(collection.settings);
  if (!tagSetOf(settings).some((t) => t.key === "redaction")) return 0;
  const codes = exemptionCodesOf(settings);
  const { count } = await tx.annotation.createMany({
    data: found.map((r) => ({
      documentId,
      ...quoteAt(text, r.start, r.end),
      tag: "redaction",
      source: "import",
      ...redactionColumns({ exemptions: r.exemptions.flatMap((c) => canonicalCode(c, codes) ?? []), extent: r.extent }),
      status: "anchored",
      score: 1,
      anchoredSeq: seq,
    })),
  });
  return count;
}
