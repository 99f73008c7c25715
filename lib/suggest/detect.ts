import { countOf, emptyModel, type SuggestModel } from "./model";
import type { EntityNames } from "./evidence";
import { NO_LEXICON, type Lexicon } from "./lexicon";
import { RULES } from "./rules";
import { imageRereads, weighAgainstImage, type ImageReading } from "./rules/image-rereads";
import { scan } from "./scan";
import type { Suggestion } from "./suggestion";
import type { Token } from "./tokens";

export { REASONS, type Candidate, type Reason, type Suggestion } from "./suggestion";

export interface DetectContext {
  lexicon?: Lexicon;
  model?: SuggestModel;
  /** The registry's entities: a recorded variant spelling is a misreading of the name. */
  entities?: readonly EntityNames[];
  /** Words the collection (or this person) said to leave alone. */
  ignore?: Iterable<string>;
  /** Rules the collection turned off, by name. */
  rulesOff?: Iterable<string>;
  /**
   * Words of this text the OCR engine was unsure of (from the page layer, where it is left as the
   * engine read it): [start, end) in UTF-16 units and the confidence 0–1. The weakest evidence:
   * only words nothing else flagged.
   */
  lowConfidence?: readonly { start: number; end: number; confidence: number }[];
  /** Words read again from the page images (lib/server/ocr), where the text still reads as the OCR read it. */
  imageReadings?: readonly ImageReading[];
}

/**
 * Flags likely OCR errors in a text, in text order, each with the rule that found it. Pure: the
 * same code runs on the server and in the browser, with whatever lexicon each has.
 */
export function detect(text: string, context: DetectContext = {}): Suggestion[] {
  const lexicon = context.lexicon ?? NO_LEXICON;
  const model = context.model ?? emptyModel();
  const ignore = new Set(context.ignore ?? []);
  const off = new Set(context.rulesOff ?? []);
  const entities = context.entities ?? [];
  const doc = scan(text, { lexicon, model, entities, lowConfidence: context.lowConfidence ?? [], imageReadings: context.imageReadings ?? [] });
  const image = !off.has(imageRereads.name) && doc.imageReadings.size > 0;
  const rules = RULES.filter((r) => !off.has(r.name)).map((r) => ({ name: r.name, afterSplit: !!r.afterSplit, check: r.start(doc) }));
  const out: Suggestion[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i];
    const core = doc.cores[i];
    if (ignore.has(token.text) || (core && ignore.has(core.text))) continue;
    // The second half of a word split at a line end was judged with the first.
    const continues = i > 0 && doc.splitsAt(i - 1);
    for (const rule of rules) {
      if (continues && !rule.afterSplit) continue;
      const found = rule.check(i);
      if (!found) continue;
      // The image has the last word on another rule's flag: it may drop it, or put its reading first.
      const weighed = image ? weighAgainstImage(absorbStrayBracket(found, token), doc, i) : absorbStrayBracket(found, token);
      if (weighed) out.push({ ...weighed, rule: rule.name });
      break;
    }
  }
  // A name the team vouched for (the collection's corrected text, the registry) is never suggested
  // away, whatever the document's own counts say (the corrected spelling where the OCR wrote
  // another more often). A recorded variant of an entity still is: the registry says so. Dictionary
  // words are left to the rules: "be" in corrected text says nothing of "because be had".
  const registry = new Set(entities.flatMap((x) => x.name.split(/\s+/u)));
  const vouched = (w: string) => (registry.has(w) || countOf(model.words, w) > 0) && !lexicon.has(w.toLowerCase());
  return out.filter((f) => f.reason === "entity" || !vouched(f.text));
}

/**
 * A word's fix that adds the letter a stray bracket stands for ("Governmen}" → "Government", "}"
 * typed "l") takes the bracket into its span, so that accepting it leaves no "}" behind; the
 * other candidates keep the bracket where it was.
 */
function absorbStrayBracket(f: Suggestion, token: Token): Suggestion {
  const bracket = token.text.slice(-1);
  if (f.end !== token.end - 1 || f.start !== token.start + (token.text.length - 1 - f.text.length) || !")]}".includes(bracket) || /[([{]/u.test(token.text)) return f;
  const first = f.candidates[0]?.text;
  if (!first || first.length !== f.text.length + 1 || !first.startsWith(f.text)) return f;
  return {
    ...f,
    end: token.end,
    text: f.text + bracket,
    candidates: f.candidates.map((c) => (c.text.length === f.text.length + 1 && c.text.startsWith(f.text) ? { ...c, evidence: `"${c.text.slice(-1)}" read as "${bracket}"; ${c.evidence}` } : { ...c, text: c.text + bracket })),
  };
}
