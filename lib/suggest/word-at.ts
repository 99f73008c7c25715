// The word a token offers the word rules: the whole word for a word split at a line end, the one
// unknown part of a hyphenated compound, nothing for numbers, codes and initials.
import { caseOf, isWord, type WordEvidence } from "./evidence";
import { headerLabelAt, inHeaderLabel } from "./layout";
import type { Scan } from "./scan";
import { afterTitle } from "./name-context";
import type { Token } from "./tokens";
import { isNotAWord, subdivision } from "./word-forms";

/** Where an unknown word stands: before a name's other parts, or in a header's label. Asked only of words nothing vouches for. */
export interface Place {
  isName(): boolean;
  inLabel(): boolean;
}

export interface WordAt {
  /** The flagged span: the word, without a trailing stop or apostrophe. */
  core: Token;
  w: string;
  /** Whether the word ends a header's label ("DATE OF IMFO:"): words, never a name. */
  label: boolean;
  place: Place;
  /** Whether a dictionary, the collection or the document knows the word. */
  known: boolean;
}

const HYPHEN_PREFIX = /^(anti|bi|co|counter|de|ex|extra|inter|intra|mid|multi|neo|non|over|post|pre|pro|pseudo|quasi|re|self|semi|sub|super|trans|tri|ultra|un|under|vice)$/iu;

const NOWHERE: Place = { isName: () => false, inLabel: () => false };

const memo = new WeakMap<Scan, { i: number; found: WordAt | null }>();

/** The word of token i for the word rules, or null when there is none to judge. Three rules ask in turn: worked out once. */
export function wordAt(scan: Scan, i: number): WordAt | null {
  const last = memo.get(scan);
  if (last?.i === i) return last.found;
  const found = findWord(scan, i);
  memo.set(scan, { i, found });
  return found;
}

function findWord(scan: Scan, i: number): WordAt | null {
  const { text, tokens, cores, words: e } = scan;
  const core = cores[i];
  if (!core) return null;
  if (scan.splitsAt(i)) {
    const rest = cores[i + 1];
    const whole = core.text.replace(/[-–—¬~]+$/u, "") + (rest?.text ?? "");
    if (isWord(whole, e) || isWord(whole.toLowerCase(), e)) return null;
  } else if (/\p{L}[-–—¬~]$/u.test(tokens[i].text) && /^[^\S\n]*\n/u.test(text.slice(tokens[i].end))) {
    // A word cut at a line end whose rest lies past a page's foot or a blank line: half a word to judge.
    return null;
  }
  if (isNotAWord(core.text) || subdivision(tokens, i)) return null;
  // A part of a code in capitals with slashes ("FI/B", "ROM/IA", "SECRET/CONTROL") is no word to mend.
  if (/\p{L}\/\p{L}/u.test(tokens[i].text) && caseOf(core.text) === "upper") return null;
  const parts = core.text.split(/[-–—]/u).filter(Boolean);
  if (parts.length > 1) {
    // "de-concentration", "co-operate": a prefix before a hyphen is no word of its own.
    const bad = parts.filter((p, k) => !isNotAWord(p) && !isWord(p, e) && p.length > 1 && !(k === 0 && HYPHEN_PREFIX.test(p)));
    if (!bad.length) return null;
    if (bad.length === 1) {
      const at = core.start + core.text.indexOf(bad[0]);
      return judged({ text: bad[0], start: at, end: at + bad[0].length }, false, NOWHERE, e);
    }
  }
  const upper = caseOf(core.text) === "upper";
  const label = upper && tokens[i].text.endsWith(":") && headerLabelAt(text, tokens, i);
  return judged(core, label, { isName: () => namePartAt(scan, i), inLabel: () => label || (upper && inHeaderLabel(text, tokens[i])) }, e);
}

function judged(core: Token, label: boolean, place: Place, e: WordEvidence): WordAt | null {
  const w = core.text.replace(/[.’']+$/u, "");
  if (w.length < 2 || isNotAWord(w)) return null;
  return { core: { ...core, text: w, end: core.start + w.length }, w, label, place, known: isWord(w, e) };
}

/** A patronymic's ending, transliterated from Russian: "-ovich", "-evich", "-ovna", "-evna". */
const PATRONYMIC = /^\[?\p{Lu}[\p{Ll}'’]+(ovich|evich|ich|ovna|evna|ichna|yich)\]?[,.]?$/u;
/** An initial, or a bracketed name the editors supplied: "I.", "[Ivanovich]". */
const INITIAL = /^(\p{Lu}\.|\[\p{Lu}[^\]]*\][,.]?)$/u;

/**
 * Whether the capitalised word at i stands where a name is written: before an initial, a
 * patronymic or a supplied name in brackets ("Vasily I. Petrov", "Ivan Ivanovich Petrov"), or
 * before another capitalised word that no dictionary knows (a surname). Such a word is a given
 * name, however near a dictionary word it is.
 */
function namePartAt(scan: Scan, i: number): boolean {
  const { tokens, cores, lexicon } = scan;
  const w = cores[i]?.text ?? "";
  if (!/^\p{Lu}\p{Ll}/u.test(w)) return false;
  if (afterTitle(tokens, i)) return true;
  if (tokens[i].text !== w) return false;
  const next = tokens[i + 1]?.text ?? "";
  if (INITIAL.test(next) || PATRONYMIC.test(next)) return true;
  const core = cores[i + 1]?.text ?? "";
  return /^\p{Lu}\p{Ll}{2,}$/u.test(core) && !lexicon.has(core) && !lexicon.has(core.toLowerCase());
}
