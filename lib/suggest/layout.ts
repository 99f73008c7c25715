// Where a token stands on a typed page: at the start of a line, as a numbered paragraph's marker,
// in a header field's label ("SUBJECT:", "REPORT NO.:").
import type { Token } from "./tokens";

/** Words that begin sentences, and hardly ever follow a comma with a capital: English's articles, pronouns and commonest prepositions. */
export const SENTENCE_OPENER = /^(The|A|An|In|On|At|He|She|It|His|Her|They|This|These|We|If|When)$/u;

/** "4." (or a misread "S.") at the start of a line, before a capital: a numbered paragraph begins. */
export function isParagraphMarker(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i].text;
  const next = tokens[i + 1]?.text ?? "";
  if (!/^[\p{L}\p{N}&$§*¢@#%]{1,2}[.,-]$/u.test(t) || !startsLine(text, tokens[i]) || !/^\p{Lu}/u.test(next)) return false;
  // Initials before a name ("S. Petrov") are not markers: a marker is followed by a sentence.
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
 * Whether a token lies in the label of a header line: capitals from the line's start to a colon
 * (or the stop OCR read for one) after at most four words ("PLAGE ACQUIRED:", "REPORT WO.?").
 */
export function inHeaderLabel(text: string, token: Token): boolean {
  const start = text.lastIndexOf("\n", token.start - 1) + 1;
  const m = /^(?:\p{Lu}{2,}\.?[^\S\n]*){1,4}[:;!?]/u.exec(text.slice(start, start + 80));
  return !!m && token.end <= start + m[0].length;
}

export const startsLine = (text: string, t: Token) => t.start === 0 || /\n[^\S\n]*$/u.test(text.slice(Math.max(0, t.start - 200), t.start));
