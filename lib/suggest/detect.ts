import { CONFUSION_ARROW, STRAIGHT_QUOTE, countOf, rewritesOf, type SuggestModel, emptyModel } from "./model";
import { applyEditEverywhere, charEdits } from "./char-edits";
import { editDistance } from "./align-tokens";
import { NO_LEXICON, type Lexicon } from "./lexicon";
import { NearWords } from "./near-words";
import { contextFlag, honorificFlag } from "./context";
import { isMisreading, LOOKALIKE, OCR_MISREADINGS, onlyDifference } from "./lookalikes";
import { numberFlags } from "./numbers";
import { russianEndingFix } from "./russian-names";
import { isNotAWord, shapeFlag, strayTokenFlag, type WordJudge } from "./shape";
import { countHeaderLabels, headerLabelAt, paragraphNumbering, stopFlag } from "./stops";
import { flag, type Candidate, type Suggestion } from "./suggestion";
import { coreOf, tokenize, type Token } from "./tokens";

export { REASONS, type Candidate, type Reason, type Suggestion } from "./suggestion";

export interface DetectContext {
  lexicon?: Lexicon;
  model?: SuggestModel;
  /** The registry's entities: a recorded variant spelling is a misreading of the name. */
  entities?: readonly { name: string; variants: readonly string[] }[];
  /** Words the collection (or this person) said to leave alone. */
  ignore?: Iterable<string>;
  /**
   * Words of this text the OCR engine was unsure of (from the page layer, where it is left as the
   * engine read it): [start, end) in UTF-16 units and the confidence 0–1. The weakest evidence:
   * only words nothing else flagged.
   */
  lowConfidence?: readonly { start: number; end: number; confidence: number }[];
}

/** How often a word must occur in the document before its spelling counts as the typist's own. */
const REPEATED = 2;

/**
 * Flags likely OCR errors in a text, in text order. Pure: the same code runs on the server and
 * in the browser, with whatever lexicon each has.
 */
export function detect(text: string, context: DetectContext = {}): Suggestion[] {
  const lexicon = context.lexicon ?? NO_LEXICON;
  const model = context.model ?? emptyModel();
  const ignore = new Set(context.ignore ?? []);
  const tokens = tokenize(text);
  const cores = tokens.map(coreOf);
  const inDocument = new Map<string, number>();
  for (const c of cores) if (c) inDocument.set(c.text, (inDocument.get(c.text) ?? 0) + 1);
  const variants = entityVariants(context.entities ?? []);
  const known = knownWords(model, context.entities ?? [], inDocument);
  const out: Suggestion[] = [];

  const numbering = paragraphNumbering(text, tokens);
  const numbers = numberFlags(tokens, cores);
  const headerLabels = countHeaderLabels(text, tokens);
  // The collection's words are indexed once per model (a server keeps one model per collection
  // between requests); this document's and the registry's few words per call.
  const collection = collectionIndex(model);
  const local = new Map<string, string[]>();
  for (const w of known.keys()) if (!collection.forms.has(w.toLowerCase()) || !countOf(model.words, w)) local.set(w.toLowerCase(), [...(local.get(w.toLowerCase()) ?? []), w]);
  let localIndex: NearWords | null = null;
  const knownForms = { get: (lower: string) => [...new Set([...(collection.forms.get(lower) ?? []), ...(local.get(lower) ?? [])])] };
  const knownIndex = () => ({
    near(word: string, max: number) {
      localIndex ??= new NearWords([...local.keys()].map((w) => [w, 0] as [string, number]), 2);
      const seen = new Set<string>();
      return [...collection.index.near(word, max), ...localIndex.near(word, max)].filter((n) => !seen.has(n.word) && seen.add(n.word));
    },
  });
  const evidence: WordEvidence = { lexicon, model, known, inDocument, noisy: false, knownForms, knownIndex, ranked: new Map(), misread: new Map() };
  evidence.noisy = noiseOf(cores, evidence) > NOISY;
  const judge: WordJudge = { isWord: (w) => isWord(w, evidence), candidatesFor: (w) => (lexicon.covers(w) ? rankCandidates(w, evidence) : []) };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const core = cores[i];
    if (ignore.has(token.text) || (core && ignore.has(core.text))) continue;
    // The second half of a word split at a line end was checked with the first.
    if (i > 0 && splitAtLineEnd(text, tokens, i - 1)) {
      // …but not the stop after it ("prison-" / "ers," before the next paragraph).
      const stop = stopFlag(text, tokens, i, headerLabels, lexicon);
      if (stop) out.push(stop);
      continue;
    }
    const found =
      numbering.get(i) ??
      numbers.get(i) ??
      (core && (entityFlag(core, variants) ?? rewriteFlag(core, model, lexicon))) ??
      shapeFlag(token, cores, i, judge) ??
      strayTokenFlag(tokens, i, judge) ??
      honorificFlag(tokens, i) ??
      (core && wordFlag(text, tokens, cores, i, evidence)) ??
      // Half a word split at a line end is no word of its own: wordFlag judged the whole.
      (splitAtLineEnd(text, tokens, i) ? null : caseFlag(text, tokens, cores, i, lexicon, inDocument) ?? contextFlag(tokens, cores, i)) ??
      stopFlag(text, tokens, i, headerLabels, lexicon) ??
      quoteFlag(token, model);
    if (found) out.push(absorbStrayBracket(found, token));
  }
  // A name the team vouched for (the collection's corrected text, the registry) is never suggested
  // away, whatever the document's own counts say ("Bryzgalov" where the OCR wrote "Brytgalov"
  // more often). A recorded variant of an entity still is: the registry says so. Dictionary words
  // are left to the rules: "be" in corrected text says nothing of "because be had".
  const registry = new Set((context.entities ?? []).flatMap((x) => x.name.split(/\s+/u)));
  const vouched = (w: string) => (registry.has(w) || countOf(model.words, w) > 0) && !lexicon.has(w.toLowerCase());
  return withLowConfidence(out, tokens, cores, context.lowConfidence ?? [], evidence, ignore).filter((f) => f.reason === "entity" || !vouched(f.text));
}

/**
 * Adds a flag for each low-confidence word that no stronger reason flagged and no dictionary
 * vouches for, or that is one lookalike letter from a far commoner word; keeps text order.
 */
function withLowConfidence(out: Suggestion[], tokens: Token[], cores: (Token | null)[], low: DetectContext["lowConfidence"] & object, e: WordEvidence, ignore: Set<string>): Suggestion[] {
  if (low.length === 0) return out;
  const flagged = (start: number, end: number) => out.some((f) => f.start < end && start < f.end);
  const byStart = new Map(low.map((l) => [l.start, l]));
  const added: Suggestion[] = [];
  tokens.forEach((token, i) => {
    const l = byStart.get(token.start);
    const core = cores[i];
    if (!l || !core || l.end !== token.end || flagged(token.start, token.end) || ignore.has(core.text)) return;
    const w = core.text.replace(/[.’']+$/u, "");
    if (w.length < 2) return;
    // The engine's doubt alone does not outweigh a dictionary or the collection: on the typescript
    // corpus, five in six words a dictionary knows that Tesseract was under 60 % sure of were read
    // right (flagging them took precision from 94 % to 64 %). Names, numbers and codes it doubts are
    // what this reason finds…
    if (!isNotAWord(w) && isWord(w, e)) {
      // …and a known word with a far commoner one a lookalike letter away: doubt and frequency together.
      const likelier = doubtedWord(w, e.lexicon);
      if (likelier) added.push({ ...flag({ ...core, text: w, end: core.start + w.length }, "low-confidence", [likelier]), confidence: l.confidence });
      return;
    }
    const candidates = isNotAWord(w) ? [] : rankCandidates(w, e);
    added.push({
      ...flag({ ...core, text: w, end: core.start + w.length }, "low-confidence", candidates),
      confidence: l.confidence,
      candidates: candidates.filter((c) => c.text !== w).map((c) => ({ ...c, evidence: `the OCR was ${Math.round(l.confidence * 100)}% sure of "${w}"; ${c.evidence}` })),
    });
  });
  return [...out, ...added].sort((a, b) => a.start - b.start);
}

/**
 * A word's fix that adds the letter a stray bracket stands for ("Personne}" → "Personnel", "}"
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

// ---- evidence from the registry and the collection ----

function entityVariants(entities: readonly { name: string; variants: readonly string[] }[]) {
  const map = new Map<string, { name: string; word: string }>();
  for (const e of entities) {
    const words = e.name.split(/\s+/u).filter(Boolean);
    for (const v of e.variants) {
      if (words.includes(v) || /\s/u.test(v)) continue;
      // The word of the name the variant stands for: the nearest one ("Genserslov" → "Generalov").
      const word = words.reduce((best, w) => (editDistance(v, w) < editDistance(v, best) ? w : best), words[0] ?? v);
      if (word !== v) map.set(v, { name: e.name, word });
    }
  }
  return map;
}

function entityFlag(core: Token, variants: Map<string, { name: string; word: string }>): Suggestion | null {
  const hit = variants.get(core.text);
  if (!hit) return null;
  return flag(core, "entity", [{ text: hit.word, score: 0.95, evidence: `"${core.text}" is a recorded variant of ${hit.name}` }]);
}

const rewriteMemo = new WeakMap<SuggestModel, WeakMap<Lexicon, Map<string, Candidate[] | null>>>();

/** The team's rewrites of a word as candidates, worked out once per word, model and lexicon. */
function rewriteFlag(core: Token, model: SuggestModel, lexicon: Lexicon): Suggestion | null {
  if (!Object.hasOwn(model.rewrites, core.text)) return null;
  let byLexicon = rewriteMemo.get(model);
  if (!byLexicon) rewriteMemo.set(model, (byLexicon = new WeakMap()));
  let memo = byLexicon.get(lexicon);
  if (!memo) byLexicon.set(lexicon, (memo = new Map()));
  let candidates = memo.get(core.text);
  if (candidates === undefined) memo.set(core.text, (candidates = rewriteCandidates(core.text, model, lexicon)));
  return candidates && flag(core, "rewrite", candidates);
}

function rewriteCandidates(word: string, model: SuggestModel, lexicon: Lexicon): Candidate[] | null {
  // Numbers and codes belong to their own document: "1952" corrected to "1951" in one report
  // says nothing about "1952" in another.
  if (/\p{N}/u.test(word) || isNotAWord(word)) return null;
  // …and so does a code a part of the word was corrected into ("GH" of "GH~S2-0094" → "GH-52-0094").
  const tos = Object.entries(rewritesOf(model, word))
    .filter(([to]) => !/\p{N}/u.test(to))
    .sort((a, b) => b[1] - a[1]);
  if (!tos.length) return null;
  const total = tos.reduce((n, [, c]) => n + c, 0);
  // A dictionary word rewritten once may have been an editor's choice in one place ("if" →
  // "whether"); it counts only when common in corrections and rare in the language.
  if (lexicon.has(word) && (total < 2 || lexicon.frequency(word) > 50)) return null;
  return tos.slice(0, 3).map(([to, n]) => ({ text: to, score: Math.min(0.98, 0.6 + 0.4 * (n / total) * (1 - 1 / (n + 1))), evidence: `${word} → ${to}, accepted ${times(n)}` }));
}

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

const indexes = new WeakMap<SuggestModel, { forms: Map<string, string[]>; index: NearWords }>();

const parsedConfusions = new WeakMap<SuggestModel, { from: string; to: string; n: number }[]>();

/**
 * A model's character confusions, split once per model (every unknown word tries them all).
 * Straightened quotes are left to quoteFlag: they stand outside words.
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

function knownWords(model: SuggestModel, entities: readonly { name: string; variants: readonly string[] }[], inDocument: Map<string, number>) {
  const known = new Map<string, number>();
  for (const [w, n] of Object.entries(model.words)) known.set(w, n);
  for (const e of entities) for (const w of e.name.split(/\s+/u)) if (w) known.set(w, (known.get(w) ?? 0) + 5);
  // A capitalised word the document repeats is taken for a name; a repeated small word is not
  // vouched for (OCR misreads the same word the same way again and again).
  for (const [w, n] of inDocument) if (n >= REPEATED && /^\p{Lu}/u.test(w)) known.set(w, (known.get(w) ?? 0) + n);
  return known;
}

// ---- words the language and the collection do not know ----

interface WordEvidence {
  lexicon: Lexicon;
  model: SuggestModel;
  known: Map<string, number>;
  inDocument: Map<string, number>;
  /** Whether the OCR is poor enough that an unknown name is more likely misread than rare. */
  noisy: boolean;
  /** The known words by their lower case, and an index to find them near a misspelling (built on first use). */
  knownForms: { get(lower: string): string[] };
  knownIndex: () => { near(word: string, max: number): { word: string; distance: number }[] };
  /** Candidates per word, worked out once per document: words recur. */
  ranked: Map<string, Candidate[]>;
  /** For a name the document repeats: the collection's spelling it misreads, or null. */
  misread: Map<string, string | null>;
}

/** Above this share of misspelt common words, an unknown capitalised word is flagged even with no fix in view. */
const NOISY = 0.12;

/** The share of small-letter words of three letters or more that are no word: how poor the OCR is. */
function noiseOf(cores: (Token | null)[], e: WordEvidence): number {
  let words = 0;
  let bad = 0;
  for (const c of cores) {
    if (!c || !/^\p{Ll}{3,}$/u.test(c.text) || !e.lexicon.covers(c.text)) continue;
    words++;
    if (!isWord(c.text, e)) bad++;
  }
  return words >= 50 ? bad / words : 0;
}

const caseOf = (w: string) => (w === w.toUpperCase() && /\p{Lu}/u.test(w) ? "upper" : /^\p{Lu}/u.test(w) ? "title" : "lower");
const inCase = (w: string, c: string) => (c === "upper" ? w.toUpperCase() : c === "title" ? w[0].toUpperCase() + w.slice(1) : w);

function isWord(w: string, e: WordEvidence): boolean {
  if (e.known.has(w) || countOf(e.model.words, w) > 0) return true;
  if (e.lexicon.has(w) || e.lexicon.has(w.toLowerCase())) return true;
  // A title or capitals of a known word ("REPORT", "Exchange") is the same word.
  const lower = w.toLowerCase();
  if (e.known.has(lower) || e.known.has(inCase(lower, "title"))) return true;
  // A known word's possessive ("SUKHOVEY's", "Wendling’s").
  const owner = /^(.+\p{L})['’][sS]$/u.exec(w)?.[1];
  return !!owner && isWord(owner, e);
}

/**
 * A word no dictionary or corrected text knows. A word split at a line end ("presi-" / "dents")
 * is judged whole, and so is a hyphenated compound ("steel-rimmed"): by its parts.
 */
function wordFlag(text: string, tokens: Token[], cores: (Token | null)[], i: number, e: WordEvidence): Suggestion | null {
  const core = cores[i]!;
  if (splitAtLineEnd(text, tokens, i)) {
    const rest = cores[i + 1];
    const whole = core.text.replace(/[-–—¬]+$/u, "") + (rest?.text ?? "");
    if (isWord(whole, e) || isWord(whole.toLowerCase(), e)) return null;
  }
  if (isNotAWord(core.text)) return null;
  // A part of a code in capitals with slashes ("FI/B", "ROM/IA", "SECRET/CONTROL") is no word to mend.
  if (/\p{L}\/\p{L}/u.test(tokens[i].text) && caseOf(core.text) === "upper") return null;
  const parts = core.text.split(/[-–—]/u).filter(Boolean);
  if (parts.length > 1) {
    const bad = parts.filter((p) => !isNotAWord(p) && !isWord(p, e) && p.length > 1);
    if (!bad.length) return null;
    if (bad.length === 1 && parts.length > 1) {
      const at = core.start + core.text.indexOf(bad[0]);
      return nonWordFlag({ text: bad[0], start: at, end: at + bad[0].length }, e);
    }
  }
  // A header's label is words, never a name: "DATE OF IMPO:" is misread whatever it is near.
  const upper = caseOf(core.text) === "upper";
  // Where the word stands is asked only of a word no known word vouches for (most never are).
  return nonWordFlag(core, e, upper && tokens[i].text.endsWith(":") && headerLabelAt(text, tokens, i), {
    isName: () => namePartAt(tokens, cores, i, e),
    inLabel: () => upper && inHeaderLabel(text, tokens[i]),
  });
}

/** A patronymic's ending, Russian transliterated: "Ivanovich", "Anatolyevich", "Il'ich", "Petrovna". */
const PATRONYMIC = /^\[?\p{Lu}[\p{Ll}'’]+(ovich|evich|ich|ovna|evna|ichna|yich)\]?[,.]?$/u;
/** An initial, or a bracketed name the editors supplied: "I.", "[Il'ich]". */
const INITIAL = /^(\p{Lu}\.|\[\p{Lu}[^\]]*\][,.]?)$/u;

/**
 * Whether the capitalised word at i stands where a name is written: before an initial, a
 * patronymic or a supplied name in brackets ("Vasily I. Savelyev", "Georgiy Ivanovich
 * Pavlychev", "Anatoly Anatolyevich Rozanov"), or before another capitalised word that no
 * dictionary knows (a surname). Such a word is a given name, however near a dictionary word it is.
 */
function namePartAt(tokens: Token[], cores: (Token | null)[], i: number, e: WordEvidence): boolean {
  const w = cores[i]?.text ?? "";
  if (!/^\p{Lu}\p{Ll}/u.test(w) || tokens[i].text !== w) return false;
  const next = tokens[i + 1]?.text ?? "";
  if (INITIAL.test(next) || PATRONYMIC.test(next)) return true;
  const core = cores[i + 1]?.text ?? "";
  return /^\p{Lu}\p{Ll}{2,}$/u.test(core) && !e.lexicon.has(core) && !e.lexicon.has(core.toLowerCase());
}

const HYPHENS = new Set(Array.from("-–—¬", (c) => c.charCodeAt(0)));

/** A token that ends a line with a hyphen, continued by the first token of the next line. */
function splitAtLineEnd(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!next && HYPHENS.has(t.text.charCodeAt(t.text.length - 1)) && /\p{L}[-–—¬]$/u.test(t.text) && /^[^\S\n]*\n[^\S\n]*$/u.test(text.slice(t.end, next.start)) && /^\p{L}/u.test(next.text);
}

/** Where an unknown word stands: before a name's other parts, or in a header's label. */
interface Place {
  isName(): boolean;
  inLabel(): boolean;
}

function nonWordFlag(core: Token, e: WordEvidence, label = false, place: Place = { isName: () => false, inLabel: () => label }): Suggestion | null {
  const w = core.text.replace(/[.’']+$/u, "");
  if (w.length < 2 || isNotAWord(w)) return null;
  if (isWord(w, e)) return repeatedMisreading(core, w, e) ?? capitalsMisreading(core, w, e);
  // In a script the lexicon does not cover, only a near word the collection knows well counts.
  if (!e.lexicon.covers(w) && !nearKnown(w, e).some((k) => k.distance === 1 && k.count >= 2)) return null;
  let candidates = rankCandidates(w, e);
  // A given name ("Vasily I.") and an abbreviation in capitals ("AEC") are mended only into a word
  // this document or collection writes, or (a name) a name one misread letter away ("Ofto" →
  // "Otto"): the dictionary's nearest word ("Vastly", "SEC") is another word. A header's label in
  // capitals ("PLACK ACQUIRED:", "DATE OF INPO:") is words, not an abbreviation.
  if (place.isName()) candidates = candidates.filter((c) => writtenHere(c.text, e) || (e.lexicon.isName?.(c.text) && oneLookalike(w, c.text)));
  else if (ACRONYM.test(w) && !label && !place.inLabel()) candidates = candidates.filter((c) => writtenHere(c.text, e));
  // A word in small letters that is a known word's inflection ("surveilling") is a word.
  if (!candidates.length && caseOf(w) === "lower" && inflectionOfKnown(w, e.lexicon)) return null;
  // An unknown capitalised word near no word is most likely a name: flag it only with a fix in view.
  if (caseOf(w) !== "lower" && !candidates.length && !e.noisy && !label) return null;
  const learned = candidates[0]?.evidence.startsWith("learned");
  return flag({ ...core, text: w, end: core.start + w.length }, learned ? "confusion" : "non-word", candidates);
}

/**
 * Whether a token lies in the label of a header line: capitals from the line's start to a colon
 * (or the stop OCR read for one) after at most four words ("PLACK ACQUIRED:", "REPORT WO.?").
 */
function inHeaderLabel(text: string, token: Token): boolean {
  const start = text.lastIndexOf("\n", token.start - 1) + 1;
  const m = /^(?:\p{Lu}{2,}\.?[^\S\n]*){1,4}[:;!?]/u.exec(text.slice(start, start + 80));
  return !!m && token.end <= start + m[0].length;
}

/** An abbreviation in capitals: two to five letters. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Whether this document, the collection's corrected text or the registry writes a word, as it is cased. */
function writtenHere(word: string, e: WordEvidence): boolean {
  return (e.inDocument.get(word) ?? 0) > 0 || e.known.has(word) || countOf(e.model.words, word) > 0;
}

/**
 * Whether a word in small letters is a regular inflection of a word the lexicon knows or counts
 * ("surveilling" of "surveil", "tabled" of "table"): the dictionary lists stems, not every form.
 */
function inflectionOfKnown(w: string, lexicon: Lexicon): boolean {
  const m = /^(\p{Ll}{3,}?)(ing|ed|es|s|er|ers|ly)$/u.exec(w);
  if (!m) return false;
  const stem = m[1];
  const stems = [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, "$1"), stem.replace(/i$/u, "y")];
  return stems.some((s) => s.length >= 3 && (lexicon.has(s) || lexicon.frequency(s) > 0));
}

/** How often a word in capitals must be known before a lookalike of it reads as its misreading. */
const CAPITALS_KNOWN = 2;

/**
 * A word in capitals that the dictionary has but this document and collection never write, a
 * letter from capitals they write again and again: a header's label or a name misread
 * ("SATE OF INFO" where "DATE" heads every report, "ACQUIRES:" for "ACQUIRED:").
 */
function capitalsMisreading(core: Token, w: string, e: WordEvidence): Suggestion | null {
  if (w.length < 3 || caseOf(w) !== "upper" || countOf(e.model.words, w) > 0 || (e.inDocument.get(w) ?? 0) > 1) return null;
  const uses = (k: string) => countOf(e.model.words, k) + (e.inDocument.get(k) ?? 0);
  // A letter misread, not one dropped ("NOT" is no misread "NO"), in a word the language seldom uses.
  if (e.lexicon.frequency(w) >= 200) return null;
  const near = nearKnown(w, e).filter((k) => k.distance === 1 && k.word.length === w.length && caseOf(k.word) === "upper" && uses(k.word) >= CAPITALS_KNOWN);
  const best = near.sort((a, b) => uses(b.word) - uses(a.word))[0]?.word;
  return best ? flag({ ...core, text: w, end: core.start + w.length }, "real-word", [{ text: best, score: 0.6, evidence: `"${best}" is written ${times(uses(best))} in this ${countOf(e.model.words, best) ? "collection" : "document"}` }]) : null;
}

/**
 * A name this document repeats is taken for the typist's spelling, unless the collection's
 * corrected text knows a name one or two letters from it and not this one: OCR misreads a name
 * the same way on every line ("Brytgalov" twice, where corrected reports have "Bryzgalov").
 */
function repeatedMisreading(core: Token, w: string, e: WordEvidence): Suggestion | null {
  if (!/^\p{Lu}/u.test(w)) return null;
  let fix = e.misread.get(w);
  if (fix === undefined) {
    const vouched = countOf(e.model.words, w) > 0 || e.lexicon.has(w) || e.lexicon.has(w.toLowerCase());
    const near = vouched ? [] : nearKnown(w, e).filter((k) => countOf(e.model.words, k.word) >= 1);
    // Failing that, the document itself: a name it writes more often, one lookalike letter away
    // ("Mishikura" twice, "Nishikura" three times).
    if (!vouched && !near.length) near.push(...nearKnown(w, e).filter((k) => k.word.length === w.length && oneLookalike(w, k.word) && spelt(k.word, e) > spelt(w, e)));
    // …or, for a long name, two misreadings from a name it writes at least twice as often
    // ("Genserslov" twice, "Generalov" five times).
    if (!vouched && !near.length) near.push(...nearKnown(w, e).filter((k) => twoMisreadings(w, k.word) && spelt(k.word, e) >= Math.max(MUCH_MORE_OFTEN * spelt(w, e), 3)));
    const best = near.sort((a, b) => a.distance - b.distance || b.count - a.count)[0]?.word ?? (vouched ? undefined : commonLookalike(w, e.lexicon));
    fix = best ? (caseOf(w) === "upper" ? best.toUpperCase() : best) : null;
    e.misread.set(w, fix);
  }
  return fix ? flag({ ...core, text: w, end: core.start + w.length }, "non-word", [{ text: fix, score: 0.7, evidence: whereKnown(fix, e) }]) : null;
}

/**
 * For a long word the document repeats: a common dictionary word one letter from it, the letter
 * a lookalike ("Fieid" twice for "Field", "Sovier" for "Soviet"). A name is seldom a letter from
 * a common word.
 */
function commonLookalike(w: string, lexicon: Lexicon): string | undefined {
  if (w.length < 5 || !lexicon.covers(w)) return undefined;
  const n = lexicon.near(w.toLowerCase()).find((n) => n.distance === 1 && n.word.length === w.length && n.frequency >= 5 && oneLookalike(w, n.word));
  return n && inCase(n.word, caseOf(w) === "lower" ? "lower" : "title");
}

/** How much more often a name must be written than its two-letters-off double to be taken for the typist's. */
const MUCH_MORE_OFTEN = 2;
/** Names at least this long may be two misreadings off: shorter names that close are other names. */
const LONG_NAME = 8;

/**
 * Two capitalised spellings, each no dictionary word, that two misreadings make one of the other:
 * each edit a letter pair OCR confuses or a letter dropped or added, with the first letter and the
 * ending untouched (an ending is grammar: "Ivanov" and "Ivanova" are two people).
 */
function twoMisreadings(read: string, typed: string): boolean {
  if (Math.min(read.length, typed.length) < LONG_NAME || !/^\p{Lu}\p{Ll}+$/u.test(read) || !/^\p{Lu}\p{Ll}+$/u.test(typed)) return false;
  if (read[0] !== typed[0] || read.slice(-2) !== typed.slice(-2)) return false;
  const edits = charEdits(read.toLowerCase(), typed.toLowerCase());
  return edits.length >= 1 && edits.length <= 2 && edits.every((x) => (x.from.length + x.to.length === 1) || isMisreading(`${x.from}/${x.to}`));
}

/** How often the document writes a word, in any case. */
function spelt(w: string, e: WordEvidence): number {
  const lower = w.toLowerCase();
  return (e.inDocument.get(lower) ?? 0) + (e.inDocument.get(inCase(lower, "title")) ?? 0) + (e.inDocument.get(lower.toUpperCase()) ?? 0);
}

/** Two words of one length that differ in one letter, a pair OCR confuses. */
function oneLookalike(a: string, b: string): boolean {
  const pair = onlyDifference(a.toLowerCase(), b.toLowerCase());
  return !!pair && isMisreading(pair);
}

function nearKnown(w: string, e: WordEvidence) {
  const max = w.length >= 7 ? 2 : 1;
  const out: { word: string; distance: number; count: number }[] = [];
  for (const n of e.knownIndex().near(w.toLowerCase(), max)) {
    for (const word of e.knownForms.get(n.word)) if (word !== w) out.push({ word, distance: n.distance, count: e.known.get(word) ?? 0 });
  }
  return out;
}

/** Why a known word is a likely fix, in words. */
function whereKnown(word: string, e: WordEvidence): string {
  const here = e.inDocument.get(word) ?? 0;
  if (here >= REPEATED) return `"${word}" occurs ${times(here)} in this document`;
  const corrected = countOf(e.model.words, word);
  return corrected ? `"${word}" occurs ${times(corrected)} in this collection's corrected text` : `"${word}" is an entity's name`;
}

/** Candidate corrections for an unknown word, best first, with scores that sum to at most 1. */
function rankCandidates(w: string, e: WordEvidence): Candidate[] {
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
  // A name keeps the case it is written in here: "SUEHOVEY" is "SUKHOVEY" in a header, though the
  // collection knows "Sukhovey" from running text.
  for (const k of nearKnown(w, e)) {
    const asName = c === "upper" && w.length > 1 ? k.word.toUpperCase() : c === "title" && caseOf(k.word) === "upper" ? inCase(k.word.toLowerCase(), c) : k.word;
    offer(e.lexicon.has(k.word.toLowerCase()) || caseOf(k.word) === "lower" ? inCase(k.word.toLowerCase(), c) : asName, (3 - k.distance) * (1 + Math.log2(1 + k.count)), whereKnown(k.word, e));
  }
  // A name's Russian ending misread: "Zaretekaya" is "Zaretskaya" though no dictionary has it.
  const ending = russianEndingFix(w);
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
      const lookalike = () => charEdits(w.toLowerCase(), n.word).every((edit) => OCR_MISREADINGS.has(`${edit.from}/${edit.to}`));
      // Long words a letter from a dictionary word are names less often than short ones; in
      // capitals, a header's words.
      if (c !== "lower" && !(lookalike() || (n.distance === 1 && w.length >= 6 && (n.frequency >= 20 || (w.length >= 7 && (c === "upper" || n.frequency >= 2)))))) continue;
      // OCR swaps letters for lookalikes far more often than it drops or adds them: "firma" is
      // "firms" (a/s) before "firm", "houre" is "hours" before "house".
      const edits = charEdits(w.toLowerCase(), n.word);
      const shape = edits.every((edit) => OCR_MISREADINGS.has(`${edit.from}/${edit.to}`)) ? 2 : n.word.length === w.length ? 1 : 0.6;
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

// ---- words in the wrong place ----

const SENTENCE_END = /[.!?:;]["”’)]*$/u;
const ABBREVIATION = /^(\p{L}|Mr|Mrs|Dr|St|No|Nos|Co|Inc|Ltd|Gen|Col|Maj|Capt|Lt|Sgt|Prof|ca|cf|vs|etc|approx|e\.g|i\.e)\.$/iu;

/**
 * A capital where a sentence goes on ("operates Nightly between"), or a small letter where one
 * begins or where this document always writes the word with a capital ("soviet").
 */
function caseFlag(text: string, tokens: Token[], cores: (Token | null)[], i: number, lexicon: Lexicon, inDocument: Map<string, number>): Suggestion | null {
  const core = cores[i];
  if (!core || i === 0) return null;
  const w = core.text;
  const prev = tokens[i - 1].text;
  // One test sorts the word: a capital and small letters, all capitals, or all small letters.
  const [, titled, capitals, small] = CASE_SHAPE.exec(w) ?? [];
  if (titled && tokens[i].start === core.start && tokens[i].end - core.end <= 1 && /^[.,;:]?$/u.test(tokens[i].text.slice(w.length)) && i + 1 < tokens.length) {
    const stop = tokens[i].text.slice(w.length);
    const lower = w.toLowerCase();
    // Heavy OCR capitalises the first word of a line; inside a line, a name may follow.
    const lineStart = /\n/u.test(text.slice(tokens[i - 1].end, tokens[i].start));
    const nextLower = /^\p{Ll}/u.test(tokens[i + 1].text);
    const inSentence = /^\p{Ll}[\p{Ll}-]*,?$/u.test(prev) && (lineStart || nextLower || (stop !== "" && stop !== ","));
    // Common words only, never one this document also capitalises elsewhere (a name), nor one in
    // a phrase in title case within a line ("Appraisal of Content:", "Approved for Release"; at a
    // line's start the capital is more likely heavy OCR's, as above)…
    if (inSentence && (lineStart || !inTitledPhrase(tokens, i, lexicon)) && lexicon.has(lower) && lexicon.frequency(lower) >= 0.5 && !lexicon.isName?.(w) && (inDocument.get(w) ?? 0) < 2) {
      return flag(core, "real-word", [{ text: lower, score: 0.7, evidence: "a capital inside a sentence" }]);
    }
    // …except the words every sentence has ("of", "and", "on"), which no name is: after any word
    // that ends in a small letter, with no stop or comma between, they take a small letter.
    if (FUNCTION_WORD.test(lower) && /\p{Ll}$/u.test(prev) && (nextLower || /^\p{N}/u.test(tokens[i + 1].text))) {
      return flag(core, "real-word", [{ text: lower, score: 0.7, evidence: "a capital inside a sentence" }]);
    }
  }
  // A common word in capitals within a line of running text ("the shop and SPOKE with source"):
  // a header's or a name's capitals stand among capitals, or are no word at all.
  // (Not an abbreviation the dictionary itself writes in capitals: "the US section".)
  if (capitals && lexicon.has(w.toLowerCase()) && lexicon.frequency(w) >= 5 && !lexicon.isName?.(w)) {
    const beside = (k: number) => (k >= 0 && k < tokens.length && !/\n/u.test(text.slice(Math.min(tokens[k].end, tokens[i].end), Math.max(tokens[k].start, tokens[i].start))) ? tokens[k].text : "");
    const before = beside(i - 1);
    const after = beside(i + 1);
    const capitals = (t: string) => /^\p{Lu}{2,}/u.test(t);
    if ((/^\p{Ll}{2,},?$/u.test(before) && !capitals(after)) || (/^\p{Ll}{2}/u.test(after) && (/^\p{Ll}{2,}$/u.test(before) || capitals(before)))) {
      return flag(core, "real-word", [{ text: w.toLowerCase(), score: 0.6, evidence: "capitals inside a line of small letters" }]);
    }
  }
  // The same with a capital, where no name is repeated: "Om 26 April", "Horn about 1915".
  if (titled && (inDocument.get(w) ?? 0) < 2 && lexicon.has(w.toLowerCase()) && !AMOUNT.test(prev)) {
    const likelier = rareNearCommon(w.toLowerCase(), lexicon);
    if (likelier) return flag(core, "real-word", [{ ...likelier, text: inCase(likelier.text, "title") }]);
  }
  if (small) {
    // "175 cm": a unit after a number is no misread word.
    const likelier = AMOUNT.test(prev) ? null : rareNearCommon(w, lexicon);
    if (likelier) return flag(core, "real-word", [likelier]);
    const title = w[0].toUpperCase() + w.slice(1);
    const titles = inDocument.get(title) ?? 0;
    // (Or a word the dictionary also lists as a name: "soviet" where the report has "Soviet".)
    if (titles >= 3 && (inDocument.get(w) ?? 0) === 1 && (!lexicon.has(w) || lexicon.isName?.(title) || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ""))) {
      return flag(core, "real-word", [{ text: title, score: 0.6, evidence: `written "${title}" ${titles} times in this document` }]);
    }
    const sentenceEnded = /[.!?]["”’)]*$/u.test(prev) && !ABBREVIATION.test(prev) && /\p{Ll}/u.test(prev);
    if (sentenceEnded && /\n/u.test(text.slice(tokens[i - 1].end, tokens[i].start)) === false && lexicon.has(title)) {
      return flag(core, "real-word", [{ text: title, score: 0.55, evidence: "a sentence begins with a capital" }]);
    }
  }
  return null;
}

const CASE_SHAPE = /^(?:(\p{Lu}\p{Ll}+)|(\p{Lu}{2,})|(\p{Ll}+))$/u;

/**
 * Whether the word before token i, past the small words of a title ("of", "for", "and", "the"),
 * has a capital: the two are one name or label in title case. At most two small words are skipped.
 */
function inTitledPhrase(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  for (let k = i - 1, small = 0; k >= 0 && small <= 2; k--) {
    const t = tokens[k].text;
    // A title is made of words ("Approved for Release", "Appraisal of Content"); after a name or
    // a pronoun ("Wittenrode by Special", "She is Said") the capital is the OCR's.
    const m = /^(\p{Lu}[\p{L}'’-]*)[,]?$/u.exec(t);
    if (m) return lexicon.has(m[1].toLowerCase()) && !FUNCTION_WORD.test(m[1].toLowerCase()) && !PRONOUN.test(m[1]) && !lexicon.isName?.(m[1]);
    if (!FUNCTION_WORD.test(t)) return false;
    small++;
  }
  return false;
}

const PRONOUN = /^(I|He|She|It|We|They|You|Who|This|That)$/u;

/** A number that a unit may follow ("175 cm"), not a paragraph's "5.". */
const AMOUNT = /^\p{N}(\S*\p{N})?$/u;

/** How often a quote must have been straightened before every one like it is suggested. */
const LEARNED_QUOTE = 2;

const TYPOGRAPHIC_QUOTE = /[“”„«»‘’‚]/u;

/**
 * A typographic quote where this collection's corrections put the typewriter's straight one
 * ("“twenty" → "\"twenty"): learned, because an edition may as well keep curly quotes.
 */
function quoteFlag(token: Token, model: SuggestModel): Suggestion | null {
  if (!TYPOGRAPHIC_QUOTE.test(token.text)) return null;
  let most = 0;
  const fixed = Array.from(token.text, (c) => {
    const n = STRAIGHT_QUOTE[c] ? countOf(model.confusions, c + CONFUSION_ARROW + STRAIGHT_QUOTE[c]) : 0;
    most = Math.max(most, n >= LEARNED_QUOTE ? n : 0);
    return n >= LEARNED_QUOTE ? STRAIGHT_QUOTE[c] : c;
  }).join("");
  if (fixed === token.text) return null;
  return flag(token, "confusion", [{ text: fixed, score: 0.8, evidence: `learned: curly quotes made straight, corrected ${times(most)}` }]);
}

/**
 * A dictionary word one letter from `w` (same length) at least `ratio` times as common and never
 * rarer than `floor` per million, where the differing letters are a pair in `misreadings`.
 */
function commonerNeighbour(w: string, lexicon: Lexicon, { ratio, floor, misreadings }: { ratio: number; floor: number; misreadings: (pair: string) => boolean }) {
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

const DOUBTED = { ratio: 10, floor: 20, misreadings: isMisreading };
const RARE = { ratio: 50, floor: 200, misreadings: (pair: string) => LOOKALIKE.has(pair) };

/** For a word the OCR doubted: a dictionary word one lookalike letter away and ten times as common. */
function doubtedWord(w: string, lexicon: Lexicon): Candidate | null {
  const n = commonerNeighbour(w.toLowerCase(), lexicon, DOUBTED);
  return n && { text: inCase(n.word, caseOf(w)), score: 0.5, evidence: `the OCR was unsure, and "${n.word}" is ${n.times} times as common` };
}

/**
 * A rare dictionary word one lookalike letter from a word hundreds of times as common: "trey"
 * for "they", "wag" for "was". Real-word errors need context to catch in general; these are
 * the ones the language's own frequencies give away.
 */
function rareNearCommon(w: string, lexicon: Lexicon): Candidate | null {
  if (lexicon.frequency(w) >= 30 || w.length < 2) return null;
  const n = commonerNeighbour(w, lexicon, RARE);
  return n && { text: n.word, score: 0.6, evidence: `"${n.word}" is ${n.times} times as common, and ${n.read} is easily misread for ${n.typed}` };
}

/** The commonest words of English prose, never names. */
const FUNCTION_WORD = /^(of|and|on|in|to|the|a|an|at|by|for|with|from|was|were|is|are|that|which|who|had|has|have|be|been|not|but|or|as|his|her|their|its)$/u;
