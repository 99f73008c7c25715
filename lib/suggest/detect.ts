import { CONFUSION_ARROW, countOf, rewritesOf, type SuggestModel, emptyModel } from "./model";
import { applyEditEverywhere } from "./char-edits";
import { editDistance } from "./align-tokens";
import { NO_LEXICON, type Lexicon } from "./lexicon";
import { coreOf, tokenize, type Token } from "./tokens";

/** Why a word is flagged, strongest evidence first (the order of the API's `reason`). */
export const REASONS = ["entity", "rewrite", "confusion", "non-word", "real-word"] as const;
export type Reason = (typeof REASONS)[number];

export interface Candidate {
  text: string;
  /** 0–1: how likely this is what was typed, against the other candidates and leaving the text as it is. */
  score: number;
  /** In words, for the person deciding: "Genserslov → Generalov, accepted 3 times". */
  evidence: string;
}

export interface Suggestion {
  /** UTF-16 offsets of the flagged text (the annotations API's units); never inside a surrogate pair. */
  start: number;
  end: number;
  text: string;
  reason: Reason;
  /** Best first; never the flagged text itself. May be empty: "something is wrong here". */
  candidates: Candidate[];
}

export interface DetectContext {
  lexicon?: Lexicon;
  model?: SuggestModel;
  /** The registry's entities: a recorded variant spelling is a misreading of the name. */
  entities?: readonly { name: string; variants: readonly string[] }[];
  /** Words the collection (or this person) said to leave alone. */
  ignore?: Iterable<string>;
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

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const core = cores[i];
    if (ignore.has(token.text) || (core && ignore.has(core.text))) continue;
    const joined = hyphenJoin(text, tokens, cores, i);
    if (joined === "skip") continue;
    const found =
      (core && (entityFlag(core, variants) ?? rewriteFlag(core, model, lexicon))) ??
      shapeFlag(token, core) ??
      (core && !joined && nonWordFlag(core, { lexicon, model, known, inDocument })) ??
      contextFlag(text, tokens, cores, i, lexicon, inDocument);
    if (found) out.push(found);
  }
  return out;
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

function rewriteFlag(core: Token, model: SuggestModel, lexicon: Lexicon): Suggestion | null {
  const tos = Object.entries(rewritesOf(model, core.text)).sort((a, b) => b[1] - a[1]);
  if (!tos.length) return null;
  const total = tos.reduce((n, [, c]) => n + c, 0);
  // A dictionary word rewritten once may have been an editor's choice in one place ("if" →
  // "whether"); it counts only when common in corrections and rare in the language.
  if (lexicon.has(core.text) && (total < 2 || lexicon.frequency(core.text) > 50)) return null;
  return flag(
    core,
    "rewrite",
    tos.slice(0, 3).map(([to, n]) => ({ text: to, score: Math.min(0.98, 0.6 + 0.4 * (n / total) * (1 - 1 / (n + 1))), evidence: `${core.text} → ${to}, accepted ${times(n)}` })),
  );
}

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

function knownWords(model: SuggestModel, entities: readonly { name: string; variants: readonly string[] }[], inDocument: Map<string, number>) {
  const known = new Map<string, number>();
  for (const [w, n] of Object.entries(model.words)) known.set(w, n);
  for (const e of entities) for (const w of e.name.split(/\s+/u)) if (w) known.set(w, (known.get(w) ?? 0) + 5);
  for (const [w, n] of inDocument) if (n >= REPEATED && /\p{L}/u.test(w)) known.set(w, (known.get(w) ?? 0) + n);
  return known;
}

// ---- the shape of a token ----

const ODD_SYMBOL = /[^\p{L}\p{M}\p{N}\s.,:;'’"“”()[\]{}\-–—/&%$#*+=!?]/u;
const OPENERS: Record<string, string> = { "[": "]", "(": ")", "{": "}" };

/** Marks of a misreading that no dictionary is needed for: stray symbols, mixed case, mismatched brackets. */
function shapeFlag(token: Token, core: Token | null): Suggestion | null {
  const t = token.text;
  const odd = ODD_SYMBOL.exec(t);
  if (odd) return flag(token, "non-word", []);
  const open = /^[[({]/u.exec(t)?.[0];
  const close = /[\])}](?=[.,:;]?$)/u.exec(t)?.[0];
  if (open && close && OPENERS[open] !== close && core) {
    const fixed = t.replace(/[\])}](?=[.,:;]?$)/u, OPENERS[open]);
    return flag(token, "non-word", [{ text: fixed, score: 0.9, evidence: `"${open}" closes with "${OPENERS[open]}"` }]);
  }
  if (!core) return /[.,:;]{2}/u.test(t) && !/\.\.\./u.test(t) ? flag(token, "non-word", []) : null;
  const w = core.text;
  if (/\p{Ll}\p{Lu}/u.test(w) && !/^(Mc|Mac|O'|D'|De|Di|La|Le|Van|Von)\p{Lu}/u.test(w)) {
    const fixed = /^\p{Lu}{2}/u.test(w) || (w.match(/\p{Lu}/gu)?.length ?? 0) * 2 > w.length ? w.toUpperCase() : w[0] + w.slice(1).toLowerCase();
    return flag(core, "non-word", fixed !== w ? [{ text: fixed, score: 0.5, evidence: "capitals inside a word" }] : []);
  }
  if (/\p{L}/u.test(w) && /\p{N}/u.test(w) && !isCode(w)) return flag(core, "non-word", digitFixes(w));
  if (/[.,:;]{2}/u.test(t.slice(core.end - token.start)) && !/\.\.\./u.test(t)) return flag(token, "non-word", []);
  return null;
}

/** Report numbers, grid references and ordinals: FL-47-0311, B-2, OZ-417, 2nd, 1950s. */
const isCode = (w: string) => /^(\p{Lu}{1,4}-)?\d+(-\d+)*(-\p{Lu}{1,3})?$|^\p{Lu}{1,4}(-\d+)+$|^\d+(st|nd|rd|th|s)$|^\d+\p{Lu}?$/u.test(w);

const DIGIT_LOOKALIKES: Record<string, string> = { O: "0", o: "0", l: "1", I: "1", i: "1", S: "5", B: "8", Z: "2" };
const LETTER_LOOKALIKES: Record<string, string> = { "0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "G" };

/** A number read with a letter in it ("i947" → "1947"), or a word with a digit ("Apri1"). */
function digitFixes(w: string): Candidate[] {
  const digits = (w.match(/\p{N}/gu) ?? []).length;
  const map = digits * 2 >= w.replace(/[^\p{L}\p{N}]/gu, "").length ? DIGIT_LOOKALIKES : LETTER_LOOKALIKES;
  const fixed = Array.from(w, (ch) => map[ch] ?? ch).join("");
  return fixed !== w && !/\p{L}/u.test(fixed) === (map === DIGIT_LOOKALIKES) ? [{ text: fixed, score: 0.6, evidence: "letters and digits look alike" }] : [];
}

// ---- words the language and the collection do not know ----

interface WordEvidence {
  lexicon: Lexicon;
  model: SuggestModel;
  known: Map<string, number>;
  inDocument: Map<string, number>;
}

const caseOf = (w: string) => (w === w.toUpperCase() && /\p{Lu}/u.test(w) ? "upper" : /^\p{Lu}/u.test(w) ? "title" : "lower");
const inCase = (w: string, c: string) => (c === "upper" ? w.toUpperCase() : c === "title" ? w[0].toUpperCase() + w.slice(1) : w);

function isWord(w: string, e: WordEvidence): boolean {
  if (e.known.has(w) || countOf(e.model.words, w) > 0) return true;
  if (e.lexicon.has(w) || e.lexicon.has(w.toLowerCase())) return true;
  // A title or capitals of a known word ("REPORT", "Exchange") is the same word.
  const lower = w.toLowerCase();
  return e.known.has(lower) || e.known.has(inCase(lower, "title"));
}

/** Abbreviations, initials, roman numerals and numbers are not misspellings. */
const isNotAWord = (w: string) =>
  /^\p{N}+([.,:/-]\p{N}+)*$/u.test(w) || /^[IVXLCDM]+$/u.test(w) || /^(\p{L}\.)+\p{L}?$/u.test(w) || /^\p{Lu}$/u.test(w) || isCode(w);

function nonWordFlag(core: Token, e: WordEvidence): Suggestion | null {
  const w = core.text.replace(/[.’']+$/u, "");
  if (w.length < 2 || isNotAWord(w) || isWord(w, e)) return null;
  if (!e.lexicon.covers(w) && !nearKnown(w, e).length) return null;
  const candidates = rankCandidates(w, e);
  // An unknown capitalised word near no word is most likely a name: flag it only with a fix in view.
  if (caseOf(w) !== "lower" && !candidates.length) return null;
  const learned = candidates[0]?.evidence.startsWith("learned");
  return flag({ ...core, text: w, end: core.start + w.length }, learned ? "confusion" : "non-word", candidates);
}

function nearKnown(w: string, e: WordEvidence) {
  const out: { word: string; distance: number; count: number }[] = [];
  const max = w.length >= 7 ? 2 : 1;
  for (const [k, count] of e.known) {
    if (Math.abs(k.length - w.length) > max || k === w) continue;
    const d = editDistance(w.toLowerCase(), k.toLowerCase());
    if (d > 0 && d <= max) out.push({ word: k, distance: d, count });
  }
  return out;
}

/** Candidate corrections for an unknown word, best first, with scores that sum to at most 1. */
function rankCandidates(w: string, e: WordEvidence): Candidate[] {
  const scored = new Map<string, { raw: number; evidence: string }>();
  const offer = (text: string, raw: number, evidence: string) => {
    if (text === w || !text) return;
    const prev = scored.get(text);
    if (!prev || prev.raw < raw) scored.set(text, { raw: raw + (prev?.raw ?? 0) * 0.2, evidence });
  };
  const c = caseOf(w);
  // Words this document repeats, or the collection's corrections brought in: the strongest fixes.
  for (const k of nearKnown(w, e)) offer(inCase(k.word, caseOf(k.word) === "lower" ? c : caseOf(k.word)), (3 - k.distance) * (1 + Math.log2(1 + k.count)), `"${k.word}" occurs ${times(k.count)} in this collection's text`);
  // Learned confusions: the misreadings this collection's corrections undid.
  for (const [key, n] of Object.entries(e.model.confusions)) {
    const [from, to] = key.split(CONFUSION_ARROW);
    for (const fixed of applyEditEverywhere(w, { from, to })) {
      if (isWord(fixed, e)) offer(fixed, 2 + Math.log2(1 + n), `learned: ${from} read for ${to}, corrected ${times(n)}`);
    }
  }
  // The dictionary's nearest common words.
  if (e.lexicon.covers(w)) {
    for (const n of e.lexicon.near(w.toLowerCase()).slice(0, 8)) {
      const fixed = inCase(n.word, c);
      if (n.distance > (w.length >= 6 ? 2 : 1)) continue;
      offer(fixed, (3 - n.distance) * (0.4 + 0.12 * Math.log10(1 + n.frequency)), `dictionary word, ${n.distance === 1 ? "one letter" : "two letters"} away`);
    }
  }
  const ranked = [...scored].sort((a, b) => b[1].raw - a[1].raw).slice(0, 5);
  const total = ranked.reduce((n, [, s]) => n + s.raw, 0) + 1;
  return ranked.map(([text, s]) => ({ text, score: round(s.raw / total), evidence: s.evidence }));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

// ---- words in the wrong place ----

const SENTENCE_END = /[.!?:;]["”’)]*$/u;

function contextFlag(text: string, tokens: Token[], cores: (Token | null)[], i: number, lexicon: Lexicon, inDocument: Map<string, number>): Suggestion | null {
  const core = cores[i];
  if (!core) return null;
  const w = core.text;
  // A paragraph number out of sequence: "3." between "2." and "4." is fine, "3." before "2." is not.
  if (/^\d+\.$/u.test(tokens[i].text) && startsLine(text, tokens[i])) return numberFlag(text, tokens, i);
  // A capital inside a sentence, on a common word ("operates Nightly between"), not in a name.
  if (/^\p{Lu}\p{Ll}+$/u.test(w) && i > 0 && i + 1 < tokens.length) {
    const lower = w.toLowerCase();
    const prev = tokens[i - 1].text;
    const next = cores[i + 1]?.text ?? "";
    const prevCore = cores[i - 1]?.text ?? "";
    const inSentence = !SENTENCE_END.test(prev) && /^\p{Ll}/u.test(next) && !/^\p{Lu}/u.test(prevCore);
    // Common words only, and never one this document also capitalises elsewhere as a name.
    if (inSentence && lexicon.has(lower) && lexicon.frequency(lower) >= 5 && (inDocument.get(lower) ?? 0) >= (inDocument.get(w) ?? 0) - 1) {
      return flag(core, "real-word", [{ text: lower, score: 0.7, evidence: "a capital inside a sentence" }]);
    }
  }
  return null;
}

const startsLine = (text: string, t: Token) => t.start === 0 || text.lastIndexOf("\n", t.start - 1) >= text.slice(0, t.start).trimEnd().length;

function numberFlag(text: string, tokens: Token[], i: number): Suggestion | null {
  const numbers: { i: number; n: number }[] = [];
  for (let j = 0; j < tokens.length; j++) if (/^\d+\.$/u.test(tokens[j].text) && startsLine(text, tokens[j]) && tokens[j + 1] && /^\p{Lu}/u.test(tokens[j + 1].text)) numbers.push({ i: j, n: parseInt(tokens[j].text, 10) });
  const at = numbers.findIndex((x) => x.i === i);
  if (at < 0) return null;
  const n = numbers[at].n;
  const before = numbers[at - 1]?.n;
  const after = numbers[at + 1]?.n;
  if (n === (before ?? 0) + 1 || (after !== undefined && n === after - 1)) return null;
  const expected = before !== undefined ? before + 1 : after !== undefined ? after - 1 : null;
  if (expected === null || (after !== undefined && before !== undefined && before + 2 !== after) || expected < 1) return null;
  return flag(tokens[i], "real-word", [{ text: `${expected}.`, score: 0.8, evidence: `paragraph ${expected} comes between ${before ?? "the start"} and ${after ?? "the end"}` }]);
}

// ---- line-end hyphens ----

/**
 * A word split at a line end ("presi-" / "dents") is checked whole: answers "skip" for the second
 * half, true for a first half whose joined word is fine, false otherwise.
 */
function hyphenJoin(text: string, tokens: Token[], cores: (Token | null)[], i: number): boolean | "skip" {
  const prev = tokens[i - 1];
  if (prev && /\p{L}-$/u.test(prev.text) && /\n/u.test(text.slice(prev.end, tokens[i].start)) && /^\p{Ll}/u.test(tokens[i].text)) return "skip";
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!(next && /\p{L}-$/u.test(t.text) && /\n/u.test(text.slice(t.end, next.start)) && /^\p{Ll}/u.test(next.text) && cores[i]);
}

function flag(at: Token, reason: Reason, candidates: Candidate[]): Suggestion {
  return { start: at.start, end: at.end, text: at.text, reason, candidates: candidates.filter((c) => c.text !== at.text) };
}
