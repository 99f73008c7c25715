// What the detector knows about words while it reads one document: the language (a lexicon), the
// collection (its learned model), the registry's names and the document's own counts. The rules
// ask it whether a spelling is a word and which known words are near one.
import { applyEditEverywhere, charEdits } from "./char-edits";
import type { Lexicon } from "./lexicon";
import { isMisreading, OCR_MISREADINGS, onlyDifference } from "./lookalikes";
import { CONFUSION_ARROW, STRAIGHT_QUOTE, countOf, type SuggestModel } from "./model";
import { NearWords } from "./near-words";
import { constant } from "./rules/constant";
import { nameEndingFix } from "./name-endings";
import type { Candidate } from "./suggestion";
import type { Token } from "./tokens";
import { NO_VOWEL } from "./word-forms";

export interface EntityNames {
  name: string;
  variants: readonly string[];
}

export const WORD_EVIDENCE = {
  REPEATED: constant(
    2,
    "a capitalised word the document writes this often is taken for the typist's spelling of a name",
    "cold F1 on both corpora: at 1 it falls on every level (typescripts heavy 0.826 → 0.701, FRUS heavy 0.818 → 0.749); at 3 typescripts light 0.819 → 0.813, FRUS light 0.789 → 0.778 and clean-text false flags rise (typescripts 1.14 → 1.52, FRUS 2.94 → 3.53 per 1,000 words)",
  ),
  NOISY: constant(
    0.12,
    "above this share of misspelt common words, an unknown capitalised word is flagged even with no fix in view",
    "at 0.09 FRUS F1 gains 0.002–0.004 and the typescripts nothing; at 0.15 FRUS heavy loses 0.004; clean text unchanged either way, so the value stays between",
  ),
} as const;

/** The words the detector knows while it reads one document, and what it has worked out about them. */
export interface WordEvidence {
  lexicon: Lexicon;
  model: SuggestModel;
  /** Words vouched for (the collection's, the registry's, the document's repeated names) → weight. */
  known: Map<string, number>;
  inDocument: Map<string, number>;
  /** Whether the OCR is poor enough that an unknown name is more likely misread than rare. */
  noisy: boolean;
  /** The known words by their lower case, and an index to find them near a misspelling (built on first use). */
  knownForms: { get(lower: string): string[] };
  knownIndex: () => { near(word: string, max: number): { word: string; distance: number }[] };
  /** Candidates per word, worked out once per document: words recur. */
  ranked: Map<string, Candidate[]>;
  /** Whether a spelling is a word, judged once per document. */
  judged: Map<string, boolean>;
  /** For a name the document repeats: the collection's spelling it misreads, or null. */
  misread: Map<string, string | null>;
  /** The abbreviations without vowels the document repeats, with their counts (worked out on first use). */
  abbreviations?: [string, number][];
}

export function wordEvidence(cores: readonly (Token | null)[], lexicon: Lexicon, model: SuggestModel, entities: readonly EntityNames[]): WordEvidence {
  const inDocument = new Map<string, number>();
  for (const c of cores) if (c) inDocument.set(c.text, (inDocument.get(c.text) ?? 0) + 1);
  const known = knownWords(model, entities, inDocument);
  // The collection's words are indexed once per model (a server keeps one model per collection
  // between requests); this document's and the registry's few words per call.
  const collection = collectionIndex(model);
  const local = new Map<string, string[]>();
  for (const w of known.keys()) if (!collection.forms.has(w.toLowerCase()) || !countOf(model.words, w)) local.set(w.toLowerCase(), [...(local.get(w.toLowerCase()) ?? []), w]);
  let localIndex: NearWords | null = null;
  const e: WordEvidence = {
    lexicon,
    model,
    known,
    inDocument,
    noisy: false,
    knownForms: { get: (lower: string) => [...new Set([...(collection.forms.get(lower) ?? []), ...(local.get(lower) ?? [])])] },
    knownIndex: () => ({
      near(word: string, max: number) {
        localIndex ??= new NearWords([...local.keys()].map((w) => [w, 0] as [string, number]), 2);
        const seen = new Set<string>();
        return [...collection.index.near(word, max), ...localIndex.near(word, max)].filter((n) => !seen.has(n.word) && seen.add(n.word));
      },
    }),
    ranked: new Map(),
    judged: new Map(),
    misread: new Map(),
  };
  e.noisy = noiseOf(cores, e) > WORD_EVIDENCE.NOISY.value;
  return e;
}

function knownWords(model: SuggestModel, entities: readonly EntityNames[], inDocument: Map<string, number>) {
  const known = new Map<string, number>();
  for (const [w, n] of Object.entries(model.words)) known.set(w, n);
  for (const e of entities) for (const w of e.name.split(/\s+/u)) if (w) known.set(w, (known.get(w) ?? 0) + 5);
  // A capitalised word the document repeats is taken for a name; a repeated small word is not
  // vouched for (OCR misreads the same word the same way again and again).
  for (const [w, n] of inDocument) if (n >= WORD_EVIDENCE.REPEATED.value && /^\p{Lu}/u.test(w)) known.set(w, (known.get(w) ?? 0) + n);
  return known;
}

const indexes = new WeakMap<SuggestModel, { forms: Map<string, string[]>; index: NearWords }>();

/** The model's words by lower case, and their index for near misses; built once per model. */
function collectionIndex(model: SuggestModel) {
  let found = indexes.get(model);
  if (!found) {
    const forms = new Map<string, string[]>();
    for (const w of Object.keys(model.words)) forms.set(w.toLowerCase(), [...(forms.get(w.toLowerCase()) ?? []), w]);
    found = { forms, index: new NearWords([...forms.keys()].map((w) => [w, 0] as [string, number]), 2) };
    indexes.set(model, found);
  }
  return found;
}

const parsedConfusions = new WeakMap<SuggestModel, { from: string; to: string; n: number }[]>();

/**
 * A model's character confusions, split once per model (every unknown word tries them all).
 * Straightened quotes are left to the learned-quotes rule: they stand outside words.
 */
function confusionsOf(model: SuggestModel) {
  let found = parsedConfusions.get(model);
  if (!found) {
    found = Object.entries(model.confusions).flatMap(([key, n]) => {
      const [from, to] = key.split(CONFUSION_ARROW);
      return STRAIGHT_QUOTE[from] === to ? [] : [{ from, to, n }];
    });
    parsedConfusions.set(model, found);
  }
  return found;
}

/** The share of small-letter words of three letters or more that are no word: how poor the OCR is. */
function noiseOf(cores: readonly (Token | null)[], e: WordEvidence): number {
  let words = 0;
  let bad = 0;
  for (const c of cores) {
    if (!c || !/^\p{Ll}{3,}$/u.test(c.text) || !e.lexicon.covers(c.text)) continue;
    words++;
    if (!isWord(c.text, e)) bad++;
  }
  return words >= 50 ? bad / words : 0;
}

export type WordCase = "upper" | "title" | "lower";
export const caseOf = (w: string): WordCase => (w === w.toUpperCase() && /\p{Lu}/u.test(w) ? "upper" : /^\p{Lu}/u.test(w) ? "title" : "lower");
export const inCase = (w: string, c: string) => (c === "upper" ? w.toUpperCase() : c === "title" ? w[0].toUpperCase() + w.slice(1) : w);
export const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

export function isWord(w: string, e: WordEvidence): boolean {
  let known = e.judged.get(w);
  if (known === undefined) e.judged.set(w, (known = judgeWord(w, e)));
  return known;
}

function judgeWord(w: string, e: WordEvidence): boolean {
  if (!w) return false;
  if (e.known.has(w) || countOf(e.model.words, w) > 0) return true;
  if (e.lexicon.has(w) || e.lexicon.has(w.toLowerCase())) return true;
  // A title or capitals of a known word ("REPORT", "Exchange") is the same word.
  const lower = w.toLowerCase();
  if (e.known.has(lower) || e.known.has(inCase(lower, "title"))) return true;
  // A known word's possessive ("PETROV's", "Schmidt’s").
  const owner = /^(.+\p{L})['’][sS]$/u.exec(w)?.[1];
  return !!owner && judgeWord(owner, e);
}

/** Whether this document, the collection's corrected text or the registry writes a word, as it is cased. */
export function writtenHere(word: string, e: WordEvidence): boolean {
  return (e.inDocument.get(word) ?? 0) > 0 || e.known.has(word) || countOf(e.model.words, word) > 0;
}

/** How often the document writes a word, in any case. */
export function spelt(w: string, e: WordEvidence): number {
  const lower = w.toLowerCase();
  return (e.inDocument.get(lower) ?? 0) + (e.inDocument.get(inCase(lower, "title")) ?? 0) + (e.inDocument.get(lower.toUpperCase()) ?? 0);
}

/** Two words of one length that differ in one letter, a pair OCR confuses. */
export function oneLookalike(a: string, b: string): boolean {
  const pair = onlyDifference(a.toLowerCase(), b.toLowerCase());
  return !!pair && isMisreading(pair);
}

export function nearKnown(w: string, e: WordEvidence) {
  const max = w.length >= 7 ? 2 : 1;
  const out: { word: string; distance: number; count: number }[] = [];
  for (const n of e.knownIndex().near(w.toLowerCase(), max)) {
    for (const word of e.knownForms.get(n.word)) if (word !== w) out.push({ word, distance: n.distance, count: e.known.get(word) ?? 0 });
  }
  return out;
}

/** Why a known word is a likely fix, in words. */
export function whereKnown(word: string, e: WordEvidence): string {
  const here = e.inDocument.get(word) ?? 0;
  if (here >= WORD_EVIDENCE.REPEATED.value) return `"${word}" occurs ${times(here)} in this document`;
  const corrected = countOf(e.model.words, word);
  return corrected ? `"${word}" occurs ${times(corrected)} in this collection's corrected text` : `"${word}" is an entity's name`;
}

/** Candidate corrections for an unknown word, best first, with scores that sum to at most 1. */
export function rankCandidates(w: string, e: WordEvidence): Candidate[] {
  let ranked = e.ranked.get(w);
  if (!ranked) e.ranked.set(w, (ranked = rankAnew(w, e)));
  return ranked;
}

function rankAnew(w: string, e: WordEvidence): Candidate[] {
  const scored = new Map<string, { raw: number; evidence: string }>();
  const offer = (text: string, raw: number, evidence: string) => {
    if (text === w || !text) return;
    const prev = scored.get(text);
    if (!prev || prev.raw < raw) scored.set(text, { raw: raw + (prev?.raw ?? 0) * 0.2, evidence });
  };
  const c = caseOf(w);
  // Words this document repeats, or the collection's corrections brought in: the strongest fixes.
  // A known word that is a dictionary word too takes the flagged word's case ("tbe" → "the", not "The").
  // A name keeps the case it is written in here: "PETROY" is "PETROV" in a header, though the
  // collection knows "Petrov" from running text.
  for (const k of nearKnown(w, e)) {
    const asName = c === "upper" && w.length > 1 ? k.word.toUpperCase() : c === "title" && caseOf(k.word) === "upper" ? inCase(k.word.toLowerCase(), c) : k.word;
    offer(e.lexicon.has(k.word.toLowerCase()) || caseOf(k.word) === "lower" ? inCase(k.word.toLowerCase(), c) : asName, (3 - k.distance) * (1 + Math.log2(1 + k.count)), whereKnown(k.word, e));
  }
  // An abbreviation without vowels the document writes again and again ("wld" for "would" in a
  // telegram) is what its lookalike is misread for: "wid" is "wld" here, not "did".
  if (c === "lower") {
    e.abbreviations ??= [...e.inDocument].filter(([word, n]) => n >= WORD_EVIDENCE.REPEATED.value && NO_VOWEL.test(word));
    for (const [word, n] of e.abbreviations) if (word.length === w.length && oneLookalike(w, word)) offer(word, 4 + Math.log2(n), `"${word}" occurs ${times(n)} in this document`);
  }
  // A Russian name's ending misread: "Olenekaya" is "Olenskaya" though no dictionary has it.
  const ending = nameEndingFix(w);
  if (ending) offer(ending, 2.5, "a Russian name's ending with one letter misread");
  // Learned confusions: the misreadings this collection's corrections undid.
  for (const { from, to, n } of confusionsOf(e.model)) {
    for (const fixed of applyEditEverywhere(w, { from, to })) {
      if (isWord(fixed, e)) offer(fixed, 2 + Math.log2(1 + n), `learned: ${from} read for ${to}, corrected ${times(n)}`);
    }
  }
  // The dictionary's nearest common words. For a capitalised word, which may well be a name the
  // dictionary lacks ("Fedor" is not "Fedora"), only a misreading of lookalike letters counts.
  if (e.lexicon.covers(w)) {
    for (const n of e.lexicon.near(w.toLowerCase()).slice(0, 8)) {
      // A word the dictionary has only with a capital keeps it ("february" is no word).
      const fixed = inCase(n.word, c === "lower" && !e.lexicon.has(n.word) ? "title" : c);
      if (n.distance > (w.length >= 6 ? 2 : 1)) continue;
      const edits = charEdits(w.toLowerCase(), n.word);
      const lookalike = edits.every((edit) => OCR_MISREADINGS.has(`${edit.from}/${edit.to}`));
      // Long words a letter from a dictionary word are names less often than short ones; in
      // capitals, a header's words.
      if (c !== "lower" && !(lookalike || (n.distance === 1 && w.length >= 6 && (n.frequency >= 20 || (w.length >= 7 && (c === "upper" || n.frequency >= 2)))))) continue;
      // OCR swaps letters for lookalikes far more often than it drops or adds them: "firma" is
      // "firms" (a/s) before "firm", "houre" is "hours" before "house".
      const shape = lookalike ? 2 : n.word.length === w.length ? 1 : 0.6;
      offer(fixed, shape * (3 - n.distance) * (0.4 + 0.12 * Math.log10(1 + n.frequency)), `dictionary word, ${n.distance === 1 ? "one letter" : "two letters"} away${shape === 2 ? `, ${edits.map((e) => `${e.to} misread as ${e.from}`).join(", ")}` : ""}`);
    }
  }
  // At most three, and none far weaker than the best: a list of long shots hides the likely fix.
  const sorted = [...scored].sort((a, b) => b[1].raw - a[1].raw);
  const ranked = sorted.filter(([, s]) => s.raw >= sorted[0][1].raw * 0.3).slice(0, 3);
  const total = ranked.reduce((n, [, s]) => n + s.raw, 0) + 1;
  return ranked.map(([text, s]) => ({ text, score: round(s.raw / total), evidence: s.evidence }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A dictionary word one letter from `w` (same length) at least `ratio` times as common and never
 * rarer than `floor` per million, where the differing letters are a pair in `misreadings`.
 */
export function commonerNeighbour(w: string, lexicon: Lexicon, { ratio, floor, misreadings }: { ratio: number; floor: number; misreadings: (pair: string) => boolean }) {
  const f = lexicon.frequency(w);
  for (const n of lexicon.near(w)) {
    if (n.distance !== 1 || n.frequency < Math.max(floor, ratio * f)) continue;
    const pair = onlyDifference(w, n.word);
    if (pair && misreadings(pair)) {
      const [read, typed] = pair.split("/");
      return { word: n.word, times: Math.round(n.frequency / Math.max(f, 0.1)), read, typed };
    }
  }
  return null;
}
