import "server-only";
import { imageReadings, lowConfidenceWords } from "../../layers/low-confidence";
import { parsePageLayer } from "../pages/page-shape";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { englishLexicon } from "../../server/lexicon/english-lexicon";
import { detect, type Suggestion } from "../../suggest/detect";
import { getRevisionText } from "../revisions/revisions";
import { listIgnoredWords } from "./list-ignored-words";
import { listRulesOff } from "./list-rules-off";
import { loadModel } from "./load-model";
import { parseEntityVariants } from "../entities/entity-shape";

/** The most suggestions one answer holds: the editor asks for the part it shows. */
export const MAX_SUGGESTIONS = 2000;

/**
 * Suggestions for a document's text at revision `seq` (the head when absent), or for the text an
 * editor holds unsaved: the collection's learned model, the entity registry's variants, the
 * collection's ignore list and the rules it turned off, and English. The whole text is read (a
 * rule weighs what the document repeats); those in [start, end) are answered, at most
 * MAX_SUGGESTIONS of them, with their total.
 */
export async function getSuggestions({ documentId, seq, text: unsaved, start = 0, end }: { documentId: string; seq?: number; text?: string; start?: number; end?: number }): Promise<{ seq: number; items: Suggestion[]; total: number }> {
  const db = getDb();
  const doc = await db.document.findFirst({ where: { id: documentId, deletedAt: null }, select: { collectionId: true, headSeq: true, headText: true, rawText: true } });
  if (!doc) throw new AppError("not_found", `No document with id ${documentId}`);
  const headSeq = doc.headSeq;
  const at = seq ?? headSeq;
  if (at < 0 || at > headSeq) throw new AppError("invalid", `There is no revision ${at} (the head is ${headSeq})`);
  // An editor's unsaved text is checked with the same collection, registry and ignore list.
  const text = unsaved ?? (at === headSeq ? doc.headText : await getRevisionText({ documentId, seq: at }));
  const [model, ignore, rulesOff, entities, pages] = await Promise.all([
    loadModel({ collectionId: doc.collectionId }),
    listIgnoredWords({ collectionId: doc.collectionId }),
    listRulesOff({ collectionId: doc.collectionId }),
    db.entity.findMany({ select: { name: true, variants: true } }),
    db.page.findMany({ where: { documentId }, select: { index: true, layer: true } }),
  ]);
  const layers = pages.map((p) => ({ index: p.index, layer: parsePageLayer(p.layer) }));
  const found = detect(text, {
    lexicon: englishLexicon(),
    model,
    ignore,
    rulesOff,
    entities: entities.map((e) => ({ name: e.name, variants: parseEntityVariants(e.variants) })).filter((e) => e.variants.length > 0),
    // Words the OCR engine was unsure of, and the page images' second readings, where the text still reads as it did.
    lowConfidence: lowConfidenceWords(doc.rawText, text, layers),
    imageReadings: imageReadings(doc.rawText, text, layers),
  });
  const inRange = found.filter((s) => s.end > start && (end === undefined || s.start < end));
  return { seq: at, items: inRange.slice(0, MAX_SUGGESTIONS), total: inRange.length };
}
