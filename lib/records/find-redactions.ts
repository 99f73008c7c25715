import { levenshtein } from "../metrics/cer";
import { unitOf, UNKNOWN_EXTENT, type Extent } from "./redaction";

/**
 * Finds the redactions a release marks in its text, as OCR reads them: editors' brackets
 * ("[2 names not declassified]", "[less than 1 line of source text not declassified]") and
 * exemption stamps ("25X1", "(b)(3)"). OCR misreads brackets as braces, parentheses or letters
 * ("{name not declassified}", "fname not declassified]") and the words inside; a bracket is
 * taken only where its wording says "not declassified" and its edges are there to see, because
 * a redaction found where there is none misleads every count and comparison built on it.
 */

export interface FoundRedaction {
  /** UTF-16 offsets of the bracket or stamp, edges included. */
  start: number;
  end: number;
  kind: "bracket" | "stamp";
  /** Codes as written on the page, or the bracket's "not declassified". */
  exemptions: string[];
  extent: Extent;
}

/** How far back from "not declassified" a bracket's opening is looked for (tokens). */
export const MAX_BRACKET_TOKENS = 9;

/**
 * Edits allowed between an OCR token and "declassified": the heavy pages of both corpora read it
 * as "deciassified", "declasaified", "declonsified" (2 edits); 3 still excludes "classified".
 */
export const DECLASSIFIED_EDITS = 3;

/** Edits between "not" and its reading: the heavy pages read it "ast" and "riot" (2). */
export const NOT_EDITS = 2;

const OPENERS = "[{(|";
/** Stray marks passed over inside one bracket: the light pages' worst bracket holds two ("[less ) R than"). */
const MAX_SPECKS = 2;
const CLOSERS = "]})|";
/** Letters OCR reads a "[" as when it touches the next word ("fname", "tname", "iname", "lname"). */
const OPENER_MISREADS = "ftil1";

/** The words editors write inside redaction brackets, which mark a token as the bracket's content. */
const BRACKET_WORDS = [
  "name", "names", "place", "places", "text", "line", "lines", "less", "than", "paragraph", "paragraphs", "page", "pages",
  "of", "source", "telegram", "indicator", "number", "numbers", "word", "words", "sentence", "sentences", "title", "titles",
  "date", "dates", "amount", "dollar", "cryptonym", "cryptonyms", "and", "a", "about", "more", "up", "to",
];

export function findRedactions(text: string): FoundRedaction[] {
  // Words the OCR glued with a speck ("not.-declassified]", "the:[name") are read apart.
  const tokens = [...text.matchAll(/\S+/g)].flatMap((m) => {
    let at = m.index;
    return m[0].split(/(?<=[.:;\-])(?=[\p{L}[{(|])/u).map((piece) => ({ text: piece, start: at, end: (at += piece.length) }));
  });
  const found: FoundRedaction[] = [];
  // Specks the OCR reads at a line's end ("’", ":", "- .") are not words: a bracket is read across them.
  const words = tokens.filter((t) => !isSpeck(t.text));
  for (let i = 1; i < words.length; i++) {
    if (!isDeclassified(words[i].text)) continue;
    // "not", or "not" and a letter or two of dirt before the line break ("[name not Co\ndeclassified]").
    const not = isNot(words[i - 1].text) ? i - 1 : i >= 2 && words[i - 1].text.length <= 2 && isNot(words[i - 2].text) ? i - 2 : -1;
    if (not < 0) continue;
    const bracket = bracketEnding([...words.slice(0, not + 1), words[i]], not + 1);
    if (bracket) found.push(bracket);
  }
  const stamps = findStamps(text).filter((s) => !found.some((b) => s.start < b.end && b.start < s.end));
  return [...found, ...stamps].sort((a, b) => a.start - b.start);
}

/** The bracket whose "declassified" is token `last`, or null when its opening cannot be seen. */
function bracketEnding(tokens: { text: string; start: number; end: number }[], last: number): FoundRedaction | null {
  const closer = trailingCloser(tokens[last].text);
  const content: string[] = [];
  let opener: number | null = null;
  // A parenthesis closed inside the bracket ("(17 lines of source text)") is opened inside it too.
  let openParens = 0;
  let specks = 0;
  let firstContent = last - 1;
  for (let j = last - 2; j >= Math.max(0, last - 1 - MAX_BRACKET_TOKENS - specks); j--) {
    const t = tokens[j].text;
    // Another bracket's end is before this one's start.
    if (/[\]}]$/.test(t)) break;
    // A letter or two of dirt inside the bracket ("[less ) R than 1 line") is passed over, twice at most.
    if (t.length <= 2 && bracketWord(t) === null && !OPENERS.includes(t[0]) && specks < MAX_SPECKS) {
      specks++;
      continue;
    }
    if (t.endsWith(")")) openParens++;
    if (t.startsWith("(") && openParens > 0) {
      openParens--;
    } else if (OPENERS.includes(t[0])) {
      opener = j;
      content.unshift(t.slice(1));
      break;
    }
    if (misreadOpener(t)) {
      content.unshift(bracketWord(t.slice(1))!);
      opener = j;
      break;
    }
    const word = bracketWord(t);
    if (word === null) break;
    content.unshift(word);
    firstContent = j;
  }
  if (opener === null) {
    // No opening to see: only a closed bracket whose content reads as a bracket's words is one.
    if (!closer || content.length === 0) return null;
    opener = firstContent;
  }
  const tail = tokens[last];
  const end = closer ? tail.start + tail.text.lastIndexOf(closer) + 1 : tail.end - trailingPunctuation(tail.text);
  return { start: tokens[opener].start, end, kind: "bracket", exemptions: ["not declassified"], extent: extentOf(content.map((c) => bracketWord(c) ?? c)) };
}

/** "fname", "iname": a bracket read as a letter stuck to a bracket word that the token is not itself. */
function misreadOpener(token: string): boolean {
  return OPENER_MISREADS.includes(token[0].toLowerCase()) && coreOf(token.slice(1)).length >= 4 && bracketWord(token.slice(1)) !== null && bracketWord(token) !== coreOf(token);
}

/** Whether a token reads as "declassified", as OCR misreads it: a bracket's wording. */
export function isDeclassified(token: string): boolean {
  const core = token.toLowerCase().replace(/^[[{(|]+/, "").replace(/[\]})|.,;:?!'"]+$/, "");
  if (core.length < 9 || core.length > 15) return false;
  const edits = levenshtein([...core], [..."declassified"]);
  // Nearer "declassified" than "classified" and "unclassified", which are words of the text.
  return edits <= DECLASSIFIED_EDITS && edits < levenshtein([...core], [..."classified"]) && edits < levenshtein([...core], [..."unclassified"]);
}

/** A token with no letter or digit, of one or two characters: dirt, not a word. */
export const isSpeck = (token: string) => token.length <= 2 && !/[\p{L}\p{N}[\]{}()|]/u.test(token);

/** "not" as OCR reads it before "declassified": "net", "sot", "Hot", "fot", "ast", "riot". */
function isNot(token: string): boolean {
  const core = token.toLowerCase().replace(/^[.'‘’]+/, "").replace(/[.,;:'‘’-]+$/, "");
  return core.length >= 3 && core.length <= 4 && /^[a-z]+$/.test(core) && levenshtein([...core], [..."not"]) <= NOT_EDITS;
}

function trailingCloser(token: string): string | null {
  const tail = /[\]})|.,;:?!'"]*$/.exec(token)![0];
  return [...tail].find((c) => CLOSERS.includes(c)) ?? null;
}

function trailingPunctuation(token: string): number {
  return /[.,;:?!'"]*$/.exec(token)![0].length;
}

/** A token as the bracket word or number it reads as (lower case), or null when it is neither. */
/** Whether a token reads as one of the words editors write inside redaction brackets ("less", "line", "name", "1"). */
export const isBracketWord = (token: string) => bracketWord(token) !== null;

/** A token without the brackets, quotes and punctuation around it, in lower case. */
const coreOf = (token: string) => token.toLowerCase().replace(/^[[{(|'‘’]+/, "").replace(/[\]})|.,;:?!'"‘’-]+$/, "");

function bracketWord(token: string): string | null {
  const core = coreOf(token);
  if (/^\d{1,4}(-\d\/\d)?$/.test(core)) return core;
  // A lone "1" read as a letter ("[less than i line").
  if (core === "i" || core === "l") return "1";
  if (!/^[a-z]+$/.test(core)) return null;
  if (BRACKET_WORDS.includes(core)) return core;
  // A misread of a longer bracket word ("mame", "taxt", "nama", "ine"); short words must be exact.
  if (core.length < 3) return null;
  return BRACKET_WORDS.find((w) => w.length >= 4 && levenshtein([...core], [...w]) <= 1) ?? null;
}

/** The extent a bracket's words say: "less than 1 line", "4 paragraphs (17 lines …)", "2 names", "name". */
export function extentOf(words: readonly string[]): Extent {
  const text = words.join(" ").replace(/[()[\]{}]/g, " ").replace(/\s+/g, " ").trim();
  const lessThan = /\bless than (\d+) ([a-z]+)/.exec(text);
  if (lessThan && unitOf(lessThan[2])) return { quantity: Number(lessThan[1]), unit: unitOf(lessThan[2])!, atMost: true };
  // "4 paragraphs (17 lines of source text)": the lines are the finer measure. "3-1/2 lines" is 3.5.
  const counts = [...text.matchAll(/(?<![\d/-])(\d+)(?:-(\d)\/(\d))? ([a-z]+)/g)].flatMap((m) =>
    unitOf(m[4]) ? [{ quantity: Number(m[1]) + (m[2] ? Number(m[2]) / Number(m[3]) : 0), unit: unitOf(m[4])! }] : [],
  );
  const lines = counts.find((c) => c.unit === "lines");
  if (lines) return lines;
  if (counts.length) return counts[0];
  const single = text.split(" ").map((w) => unitOf(w)).find((u) => u && u !== "unknown");
  if (single && /^(a |an )?[a-z]+$/.test(text.replace(/ of source text$/, ""))) return { quantity: 1, unit: single };
  return UNKNOWN_EXTENT;
}

/** Exemption stamps: "25X1"…"50X9", "(b)(1)"…"(b)(9)" (with a (b)(3) statute's name), adjacent ones as one. */
function findStamps(text: string): FoundRedaction[] {
  const stamps = [...text.matchAll(/(?<![\w(])(?:((?:25|50)X[1-9])|\(b\)\s?\(([1-9])\)(?:\s?(CIA Act|NatSecAct))?)(?![\w)])/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    code: m[1] ?? `(b)(${m[2]})${m[3] ? ` ${m[3]}` : ""}`,
  }));
  const out: FoundRedaction[] = [];
  for (const s of stamps) {
    const prev = out[out.length - 1];
    if (prev && /^[\s,;&]*(and)?[\s,;&]*$/.test(text.slice(prev.end, s.start))) {
      prev.end = s.end;
      if (!prev.exemptions.includes(s.code)) prev.exemptions.push(s.code);
      continue;
    }
    out.push({ start: s.start, end: s.end, kind: "stamp", exemptions: [s.code], extent: UNKNOWN_EXTENT });
  }
  return out;
}
