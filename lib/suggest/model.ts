import type { Diff } from "../revisions/types";
import { alignChangedTokens } from "./align-tokens";
import { charEdits } from "./char-edits";
import { coreOf, tokenize } from "./tokens";

/**
 * What a collection's accepted corrections teach, as a plain value (stored as JSON, sent to the
 * browser): every count is a sum over revisions, so learning in any order gives the same model.
 */
export interface SuggestModel {
  /** Word as it stood → word a correction made of it → how many times. */
  rewrites: Record<string, Record<string, number>>;
  /** Characters as they stood, "→", characters they were corrected to → how many times ("rn→m"). */
  confusions: Record<string, number>;
  /**
   * Words that corrections brought in, and every word of the documents the team has marked
   * corrected or approved (their whole text is vouched for) → how many times.
   */
  words: Record<string, number>;
}

/**
 * Counts keyed by words from documents: "constructor" is a word too, so every record has no
 * prototype and is only read through own keys.
 */
const counts = (): Record<string, number> => Object.create(null) as Record<string, number>;

export const emptyModel = (): SuggestModel => ({ rewrites: Object.create(null) as SuggestModel["rewrites"], confusions: counts(), words: counts() });

/** The count under `key`, 0 when there is none (never an inherited property). */
export const countOf = (record: Record<string, number> | undefined, key: string): number => (record && Object.hasOwn(record, key) ? record[key] : 0);

/** What `word` was corrected to, and how often; empty when never. */
export const rewritesOf = (model: SuggestModel, word: string): Record<string, number> =>
  Object.hasOwn(model.rewrites, word) ? model.rewrites[word] : counts();

export const CONFUSION_ARROW = "→";

/** Typographic quotes and the typewriter's straight ones they stand for. */
export const STRAIGHT_QUOTE: Readonly<Record<string, string>> = { "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'" };

/**
 * A typographic quote corrected to a straight one around or inside a word ("“twenty" → "\"twenty"):
 * the word itself is unchanged, so these are learned from the whole token, a quote at a time.
 */
function quoteEdits(from: string, to: string): string[] {
  const [a, b] = [Array.from(from), Array.from(to)];
  if (a.length !== b.length) return [];
  return a.flatMap((c, i) => (c !== b[i] && STRAIGHT_QUOTE[c] === b[i] ? [c + CONFUSION_ARROW + b[i]] : []));
}

/** What one accepted revision teaches: the words it rewrote, their character confusions, the words it brought. */
export function lessonOf(prev: string, next: string, diffs?: readonly Diff[]): SuggestModel {
  const lesson = emptyModel();
  for (const { from, to } of alignChangedTokens(prev, next, diffs)) {
    const core = to && coreOf(to);
    if (!core) continue;
    add(lesson.words, core.text, 1);
    if (from) for (const q of quoteEdits(from.text, to.text)) add(lesson.confusions, q, 1);
    const old = from && coreOf(from);
    if (!old || old.text === core.text) continue;
    add(ownRecord(lesson.rewrites, old.text), core.text, 1);
    // A rewrite into another word entirely ("if" → "whether") is an edit, not a misreading.
    const edits = charEdits(old.text, core.text);
    const changed = edits.reduce((n, e) => n + Math.max(e.from.length, e.to.length), 0);
    if (changed * 2 > Math.max(old.text.length, core.text.length)) continue;
    for (const e of edits) if (e.from.length <= 3 && e.to.length <= 3) add(lesson.confusions, e.from + CONFUSION_ARROW + e.to, 1);
  }
  return lesson;
}

/**
 * What a document's whole text teaches once it is marked corrected or approved: its words.
 * Taken away again (mergeModels with -1) when the document falls back to "in progress".
 */
export function vouchedWords(text: string): SuggestModel {
  const lesson = emptyModel();
  for (const t of tokenize(text)) {
    const core = coreOf(t);
    if (core) add(lesson.words, core.text, 1);
  }
  return lesson;
}

/** The model with a lesson added (or taken away, with sign -1); neither argument changes. */
export function mergeModels(model: SuggestModel, lesson: SuggestModel, sign: 1 | -1 = 1): SuggestModel {
  const out = emptyModel();
  for (const [from, tos] of Object.entries(model.rewrites)) Object.assign(ownRecord(out.rewrites, from), tos);
  Object.assign(out.confusions, model.confusions);
  Object.assign(out.words, model.words);
  for (const [from, tos] of Object.entries(lesson.rewrites)) {
    const record = ownRecord(out.rewrites, from);
    for (const [to, n] of Object.entries(tos)) add(record, to, sign * n);
    if (Object.keys(record).length === 0) delete out.rewrites[from];
  }
  for (const [k, n] of Object.entries(lesson.confusions)) add(out.confusions, k, sign * n);
  for (const [k, n] of Object.entries(lesson.words)) add(out.words, k, sign * n);
  return out;
}

function ownRecord(records: Record<string, Record<string, number>>, key: string): Record<string, number> {
  if (!Object.hasOwn(records, key)) records[key] = counts();
  return records[key];
}

function add(record: Record<string, number>, key: string, n: number) {
  const total = countOf(record, key) + n;
  if (total > 0) record[key] = total;
  else delete record[key];
}
