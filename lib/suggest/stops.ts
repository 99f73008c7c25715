// Stops and numbered paragraphs: a comma or semicolon where a paragraph or sentence ends, a
// header label closed with the wrong stop, an initial with a comma, a paragraph number out of step.
import type { Lexicon } from "./lexicon";
import { flag, type Suggestion } from "./suggestion";
import type { Token } from "./tokens";

/**
 * Numbered paragraphs ("1." at the start of a line, before a capital) run 1, 2, 3: a marker out of
 * step with the numbering most markers agree on is flagged, misread digits included ("S." for "5.").
 */
export function paragraphNumbering(text: string, tokens: Token[]): Map<number, Suggestion> {
  const markers: { i: number; n: number | null }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isParagraphMarker(text, tokens, i)) markers.push({ i, n: /^\d{1,2}\.$/u.test(tokens[i].text) ? parseInt(tokens[i].text, 10) : null });
  }
  const votes = new Map<number, number>();
  markers.forEach((m, k) => m.n !== null && votes.set(m.n - k, (votes.get(m.n - k) ?? 0) + 1));
  const [offset, support] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const out = new Map<number, Suggestion>();
  const numeric = markers.filter((m) => m.n !== null).length;
  if (support < 3 || support * 10 < numeric * 6) return out;
  markers.forEach((m, k) => {
    const expected = k + offset;
    if (expected < 1 || tokens[m.i].text === `${expected}.`) return;
    // A "1." where a later number was due begins a list of its own (a note after the report's
    // paragraphs, a table's key): numbering starts again, it is not misread.
    if (m.n === 1) return;
    out.set(m.i, flag(tokens[m.i], "real-word", [{ text: `${expected}.`, score: 0.8, evidence: `paragraph ${expected} of a numbered sequence` }]));
  });
  return out;
}


/** Digits an initial is misread as. */
const INITIAL_DIGITS: Record<string, string> = { "5": "S", "8": "S" };

/** Words that begin a sentence of a report, and hardly ever follow a comma with a capital. */
const SENTENCE_OPENER = /^(The|A|An|In|On|At|He|She|It|His|Her|They|This|Source|According)$/u;

/** "4." (or a misread "S.") at the start of a line, before a capital: a numbered paragraph begins. */
export function isParagraphMarker(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i].text;
  const next = tokens[i + 1]?.text ?? "";
  if (!/^[\p{L}\p{N}&$§*¢@#%]{1,2}[.,-]$/u.test(t) || !startsLine(text, tokens[i]) || !/^\p{Lu}/u.test(next)) return false;
  // Initials before a name ("S. Lomakin") are not markers: a marker is followed by a sentence.
  return !(/^\p{Lu}\.$/u.test(t) && /^\p{Lu}\p{Ll}+$/u.test(next) && !SENTENCE_OPENER.test(next));
}

/** A header field's label at the start of a line: "SUBJECT:", "REPORT NO.:", "DATE OF INFO:". */
const HEADER_LABEL = /^(\p{Lu}{2,}\.?[^\S\n]+){0,3}\p{Lu}{2,}\.?(?=[:;!]$)/u;

export function headerLabelAt(text: string, tokens: Token[], i: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", tokens[i].start - 1) + 1, tokens[i].end);
  return HEADER_LABEL.test(line);
}

/** How many header labels end with a colon, as a typed report's header fields do. */
export function countHeaderLabels(text: string, tokens: Token[]): number {
  let n = 0;
  tokens.forEach((t, i) => t.text.endsWith(":") && headerLabelAt(text, tokens, i) && n++);
  return n;
}

/**
 * A stop misread as another: a comma or semicolon where a paragraph ends (before a blank line, a
 * numbered paragraph or a header field) or where a new sentence begins ("autumn, The delegation"),
 * and a header label closed with ";" where the document's other labels have ":" ("REPORT NO.;").
 */
export function stopFlag(text: string, tokens: Token[], i: number, headerLabels: number, lexicon: Lexicon): Suggestion | null {
  const token = tokens[i];
  const last = token.text.charCodeAt(token.text.length - 1);
  if (last !== 44 && last !== 59 && last !== 33) return null; // , ; !
  const stop = /(?<=[\p{L}\p{N}\])”"'’]|(?<=\p{Lu}\.))[,;!]$/u.exec(token.text);
  if (!stop) return null;
  const fix = (to: string, evidence: string) => flag(token, "real-word", [{ text: token.text.slice(0, -1) + to, score: 0.7, evidence }]);
  if (headerLabels >= 2 && stop[0] !== "," && headerLabelAt(text, tokens, i)) return fix(":", `the header's other ${headerLabels} fields end with ":"`);
  if (stop[0] === "!") return null;
  const next = tokens[i + 1];
  if (!next) return null;
  // An initial between a first name and the rest of a name: "Pavel s, [Sergeyevich]" is "S.".
  // (Or a digit read for its letter: "Pavel 8, [Sergeyevich}".)
  const initial = /^[\p{L}58],$/u.test(token.text) ? (INITIAL_DIGITS[token.text[0]] ?? token.text[0].toUpperCase()) : null;
  if (initial && /^\p{Lu}\p{Ll}+$/u.test(tokens[i - 1]?.text ?? "") && /^([[({]|i?\p{Lu})/u.test(next.text)) {
    return flag(token, "real-word", [{ text: `${initial}.`, score: 0.7, evidence: "an initial ends with a full stop" }]);
  }
  const gap = text.slice(token.end, next.start);
  const ends = /\n[^\S\n]*\n/u.test(gap) || (/\n/u.test(gap) && (isParagraphMarker(text, tokens, i + 1) || (headerLabelAt(text, tokens, i + 1) && next.text.endsWith(":"))));
  if (ends) return fix(".", "a paragraph ends with a full stop");
  // "A" opens a sentence where a word follows that is no name ("A Photograph of"); before a name it is an initial.
  const after = tokens[i + 2]?.text ?? "";
  const article = next.text === "A" && (/^\p{Ll}/u.test(after) || (/^\p{Lu}\p{Ll}+$/u.test(after) && lexicon.has(after.toLowerCase()) && !lexicon.isName?.(after)));
  if (stop[0] === "," && SENTENCE_OPENER.test(next.text) && (next.text !== "A" || article) && !/\n/u.test(gap)) return fix(".", `"${next.text}" begins a sentence`);

  return null;
}

const startsLine = (text: string, t: Token) => t.start === 0 || /\n[^\S\n]*$/u.test(text.slice(Math.max(0, t.start - 200), t.start));
