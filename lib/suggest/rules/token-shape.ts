// The shape of a token: marks of a misreading that need no dictionary to see (stray symbols,
// mixed case, mismatched brackets, letters among digits), and their fixes, which do: a symbol is
// put back to the letter or stop it stands for only where that makes a word someone knows.
import { flag, type Candidate, type Suggestion } from "../suggestion";
import { coreOf, type Token } from "../tokens";
import { isCode, isNotAWord, subdivision, type WordJudge } from "../word-forms";
import { constant } from "./constant";
import type { Rule } from "./rule";

const ODD_SYMBOL = /[^\p{L}\p{M}\p{N}\s.,:;'’"“”()[\]{}\-–—/&%$#*+=!?]|(?<=.)\$|\$(?!\p{N})|#(?!\p{N})|&(?=[\p{L}\p{N}.])|!(?=\p{L})|(?<=\p{N})[?”“’]|(?<=\p{Lu}{2})!/u;
/** ",." or ";:" are misreadings; "NO.:" and "Inc.," are an abbreviation's stop and the sentence's. */
const DOUBLE_STOP = /[,:;][.,:;]/u;
const PLAIN = /^[a-z]+[.,;:]?$/;
const OPENERS: Record<string, string> = { "[": "]", "(": ")", "{": "}" };

/**
 * The case of the words either side of token i: "lower" when either is in small letters (running
 * text), "upper" when one is in capitals and none in small letters (a header), else null.
 */
function caseAround(cores: readonly (Token | null)[], i: number): "upper" | "lower" | null {
  const beside = [cores[i - 1], cores[i + 1]].flatMap((c) => (c ? [c.text] : []));
  if (beside.some((w) => /^\p{Ll}+$/u.test(w))) return "lower";
  return beside.some((w) => /^\p{Lu}{2,}$/u.test(w)) ? "upper" : null;
}

/**
 * Marks of a misreading that no dictionary is needed to see in token i (its word is cores[i]);
 * the fixes are checked with `judge`.
 */
function shapeFlag(token: Token, cores: readonly (Token | null)[], i: number, judge: WordJudge): Suggestion | null {
  const core = cores[i];
  const t = token.text;
  // Most tokens are a word in small letters, perhaps with a stop: nothing here to see.
  if (PLAIN.test(t)) return null;
  // A symbol alone in quotes is named, not misread: 'marked by "#"', 'a "*" after the name'.
  if (QUOTED_SYMBOL.test(t)) return null;
  if (ODD_SYMBOL.test(t)) return flag(token, "non-word", symbolFixes(t, judge));
  const open = /^[[({]/u.exec(t)?.[0];
  const close = /[\])}](?=[.,:;]?$)/u.exec(t)?.[0];
  if (open && close && OPENERS[open] !== close && core) {
    const fixed = t.replace(/[\])}](?=[.,:;]?$)/u, OPENERS[open]);
    return flag(token, "non-word", [{ text: fixed, score: 0.9, evidence: `"${open}" closes with "${OPENERS[open]}"` }]);
  }
  if (!core) return DOUBLE_STOP.test(t) ? flag(token, "non-word", []) : null;
  const w = core.text;
  // "suxHovey", and capitals running into small letters ("MISSion", "THe"; "IDs" and "USSRs" are plurals).
  if ((/\p{Ll}\p{Lu}/u.test(w) && !/^(Mc|Mac|O'|D'|De|Di|La|Le|Van|Von)\p{Lu}/u.test(w)) || /^\p{Lu}{2,}(?!s$)\p{Ll}+$/u.test(w)) {
    // The case of the words around it, or of most of its letters: capitals, else a name's or a word's.
    const majority = (w.match(/\p{Lu}/gu)?.length ?? 0) * 2 > w.length ? "upper" : null;
    const fixed = (caseAround(cores, i) ?? majority) === "upper" ? w.toUpperCase() : /^\p{Lu}/u.test(w) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase();
    if (fixed === w) return flag(core, "non-word", []);
    const known = [fixed, w.toUpperCase(), w[0].toUpperCase() + w.slice(1).toLowerCase(), w.toLowerCase()].find((k) => judge.isWord(k));
    if (known) return flag(core, "non-word", [{ text: known, score: 0.6, evidence: "capitals inside a word" }]);
    // Misread letters as well as their case ("suxHovey"): the known words near it, in its likelier case.
    const near = judge.candidatesFor(fixed).map((c) => ({ ...c, evidence: `capitals inside a word; ${c.evidence}` }));
    return flag(core, "non-word", near.length ? near : [{ text: fixed, score: 0.5, evidence: "capitals inside a word" }]);
  }
  if (/\p{L}/u.test(w) && /\p{N}/u.test(w) && !isCode(w)) return flag(core, "non-word", digitFixes(w, judge));
  if (DOUBLE_STOP.test(t.slice(core.end - token.start))) return flag(token, "non-word", []);
  return null;
}

/**
 * What a typewriter's letters and stops come out of OCR as, symbol by symbol, likeliest first;
 * "" drops the symbol. A symbol that may stand for itself keeps itself as the last choice.
 */
const SYMBOL_READS: Record<string, readonly string[]> = {
  "@": ["a", "e", "o"],
  "~": ["-", ""],
  "¬": ["-", ""],
  "=": ["-", "="],
  _: ["-", ""],
  $: ["S", "5", "s", "$"],
  "¢": ["c", "e", "s"],
  "!": ["I", "l", ":", "1", "!"],
  "#": ["w", "H", "#"],
  "&": ["a", "8", "6", "S", "&"],
  "|": ["l", "I", "1"],
  "\\": ["l", ""],
  "«": ["a", "c", '"'],
  "»": ['"'],
  "‘": ["'"],
  "£": ["E", ""],
  "€": ["e", "C"],
  "©": ["o", "e", "c"],
  "°": ["o", ""],
  "§": ["S", "5"],
  "®": [""],
  "™": [""],
  "•": [".", ""],
};

const QUOTED_SYMBOL = /^["“'‘«][\p{S}\p{P}]["”'’»][.,;:)]*$/u;


/**
 * Fixes for a token with stray symbols ("@s", "19$1", "labo~", "SOURCE!"): each symbol put back
 * to what it is usually misread for, kept where the result is a known word, a number or a code;
 * failing that, a symbol dropped or read as a letter and the word's nearest known words.
 */
function symbolFixes(t: string, judge: WordJudge): Candidate[] {
  // Noise repeats in a document ("@" for "a" on every page): worked out once per judge.
  let memo = symbolMemo.get(judge);
  if (!memo) symbolMemo.set(judge, (memo = new Map()));
  let found = memo.get(t);
  if (!found) memo.set(t, (found = readSymbols(t, judge)));
  return found;
}

const symbolMemo = new WeakMap<WordJudge, Map<string, Candidate[]>>();

function readSymbols(t: string, judge: WordJudge): Candidate[] {
  const chars = Array.from(t);
  const at = chars.flatMap((c, i) => (Object.hasOwn(SYMBOL_READS, c) ? [i] : []));
  if (!at.length || at.length > tokenShape.constants.MOST_SYMBOLS.value) return [];
  const found = new Map<string, Candidate>();
  const fallback: string[] = [];
  const tryReads = (k: number, so: string[], penalty: number) => {
    if (k === at.length) {
      const text = so.join("");
      const reads = at.filter((i) => so[i] !== chars[i]).map((i) => `"${so[i] || "nothing"}" read as "${chars[i]}"`);
      if (reads.length && fits(text, t, judge)) {
        if (!found.has(text)) found.set(text, { text, score: penalty, evidence: `typewritten ${reads.join(", ")}` });
      } else if (reads.length) fallback.push(text);
      return;
    }
    SYMBOL_READS[chars[at[k]]].forEach((read, n) => {
      const next = [...so];
      next[at[k]] = read;
      tryReads(k + 1, next, penalty * (1 - 0.15 * n));
    });
  };
  tryReads(0, chars, 0.8);
  if (!found.size && at.length === 1) {
    // No reading makes a known word: the word nearest a reading (a letter or two off) will do.
    for (const text of fallback) {
      const core = coreOf({ text, start: 0, end: text.length });
      if (!core || !/^\p{L}+$/u.test(core.text) || core.text.length < 3) continue;
      for (const c of judge.candidatesFor(core.text)) {
        const fixed = text.slice(0, core.start) + c.text + text.slice(core.end);
        const prev = found.get(fixed);
        if (!prev || prev.score < c.score * 0.6) found.set(fixed, { text: fixed, score: c.score * 0.6, evidence: `a letter read as a symbol; ${c.evidence}` });
      }
    }
  }
  return [...found.values()].sort((a, b) => b.score - a.score).slice(0, 3);
}

/** Whether a reading of `original` reads as text: its word known, a number or a code, its stops sound. */
function fits(text: string, original: string, judge: WordJudge): boolean {
  if (!text.trim() || ODD_SYMBOL.test(text) || DOUBLE_STOP.test(text)) return false;
  // A dash made of a hyphen beside a hyphen is a misreading made worse.
  if (/[-–—]{2}/u.test(text) && !/[-–—]{2}/u.test(original)) return false;
  const core = coreOf({ text, start: 0, end: text.length });
  if (!core) return true;
  if (isNotAWord(core.text)) return true;
  // A hyphen at the end goes on in the next line, which judges the whole word.
  const split = text.slice(core.end).startsWith("-");
  // A dash typed as two hyphens ("today--Communism") joins two words, and a hyphen before a
  // possessive ends none ("Ministry-'s"): no empty word between or after them.
  const parts = core.text.replace(/['’]s$/u, "").split(/[-–—]+/u).filter(Boolean);
  return parts.every((p, i) => (split && i === parts.length - 1) || isNotAWord(p) || (!/\p{Ll}\p{Lu}|\p{N}/u.test(p) && judge.isWord(p)));
}

const DIGIT_LOOKALIKES: Record<string, string> = { O: "0", o: "0", l: "1", I: "1", i: "1", S: "5", B: "8", Z: "2" };
const LETTER_LOOKALIKES: Record<string, string> = { "0": "O", "1": "l", "5": "S", "8": "B", "2": "Z", "6": "G" };
/** The small letters digits stand for inside a word of small letters ("a8" → "as", "i11" → "ill"). */
const SMALL_LOOKALIKES: Record<string, readonly string[]> = { "0": ["o"], "1": ["l", "i"], "5": ["s"], "8": ["s", "e"], "2": ["z"], "6": ["b"], "4": ["a"], "9": ["g"] };

/**
 * A number read with a letter in it ("i962" → "1962"), or a word with a digit ("Apri1", "a8"): a
 * known word its digits make, letter for lookalike letter, comes first.
 */
function digitFixes(w: string, judge: WordJudge): Candidate[] {
  const word = asWord(w, judge);
  if (word) return [{ text: word, score: 0.7, evidence: "letters and digits look alike" }];
  const digits = (w.match(/\p{N}/gu) ?? []).length;
  const map = digits * 2 >= w.replace(/[^\p{L}\p{N}]/gu, "").length ? DIGIT_LOOKALIKES : LETTER_LOOKALIKES;
  const fixed = Array.from(w, (ch, i) => (map === LETTER_LOOKALIKES && /\p{Ll}/u.test(w[i - 1] ?? w[i + 1] ?? "") ? (SMALL_LOOKALIKES[ch]?.[0] ?? ch) : (map[ch] ?? ch))).join("");
  return fixed !== w && !/\p{L}/u.test(fixed) === (map === DIGIT_LOOKALIKES) ? [{ text: fixed, score: 0.6, evidence: "letters and digits look alike" }] : [];
}

/** The known word a word's digits make when read as the small letters they look like, if any. */
function asWord(w: string, judge: WordJudge): string | null {
  if (!/^[\p{Ll}\p{N}]+$/u.test(w) || !/\p{Ll}/u.test(w)) return null;
  let readings = [""];
  for (const ch of w) {
    readings = readings.flatMap((r) => (SMALL_LOOKALIKES[ch] ?? [ch]).map((c) => r + c));
    if (readings.length > 16) return null;
  }
  return readings.find((r) => judge.isWord(r)) ?? null;
}


export const tokenShape: Rule = {
  name: "token-shape",
  title: "Stray symbols and mixed case",
  reasons: ["non-word"],
  evidence: "the token itself: symbols a typewriter has no key for, capitals inside a word, digits among letters, brackets that do not pair; a fix is kept where it makes a known word",
  constants: {
    MOST_SYMBOLS: constant(3, "more stray symbols than this in one token are a line of noise: no reading of them is offered", "no change on either corpus (typescripts, FRUS) at 2 or 4: tokens with that many symbols are rare; the value is reasoned, a reading of four symbols is a guess"),
  },
  start: (scan) => (i) => (subdivision(scan.tokens, i) ? null : shapeFlag(scan.tokens[i], scan.cores, i, scan.judge)),
};
