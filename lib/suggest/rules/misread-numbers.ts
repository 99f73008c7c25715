// Numbers a document gives away: OCR misreads a digit of a year or a plant number that the same
// document types correctly again and again ("3949" where "1949" occurs five times).
import { flag, type Suggestion } from "../suggestion";
import type { Token } from "../tokens";
import { constant, type Rule } from "./rule";

/** How often a number must recur before a one-off number a digit from it reads as its misreading. */
const RECURS = 2;

const NUMBER = /^\d{3,4}$/u;
/** Before this, a year in a typescript is likelier a misread digit ("1356" for "1956"). */
const EARLIEST = 1800;
const isYear = (n: string) => n.length === 4 && +n >= 1000 && +n <= 2100;
/** "between 2200 and 2330 hours": a time of day is no misread year. */
const TIME_WORD = /^(hours?|hrs?|h)\b/iu;

/**
 * The document's numbers of three and four digits that occur once and differ by one digit from
 * a number the document repeats (or are that number cut short: "195;" beside "1951"), keyed by
 * token index. A year no later than the document's other years is left alone (a report recalls
 * the past: "born 1907", "until 1940"); one after them is likelier a misread digit than a
 * report's mention of its future.
 */
function numberFlags(tokens: readonly Token[], cores: readonly (Token | null)[]): Map<number, Suggestion> {
  const counts = new Map<string, number>();
  const at: number[] = [];
  cores.forEach((c, i) => {
    if (!c || !NUMBER.test(c.text) || nearTimeWord(tokens, i)) return;
    counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
    at.push(i);
  });
  const out = new Map<number, Suggestion>();
  const recurring = [...counts].filter(([, n]) => n >= RECURS).sort((a, b) => b[1] - a[1]);
  // The latest year, and the one before it, so each number can leave itself out.
  const years = [...counts.keys()].filter(isYear).map(Number).sort((a, b) => b - a);
  for (const i of at) {
    const n = cores[i]!.text;
    const latest = years[0] === +n ? years[1] : years[0];
    if (isYear(n) && +n >= EARLIEST && (latest === undefined || +n <= latest)) continue;
    // "3949", "2951": a year of this century whose 1 was misread, which no count needs to show.
    if (/^[2-9]9\d\d$/u.test(n)) {
      out.set(i, flag(cores[i]!, "real-word", [{ text: `1${n.slice(1)}`, score: 0.6, evidence: `"${n[0]}" read for "1" in a year` }]));
      continue;
    }
    if (counts.get(n)! > 1) continue;
    const match = recurring.find(([m]) => (m.length === n.length && digitsApart(m, n) === 1) || (m.length === n.length + 1 && m.startsWith(n) && n.length === 3));
    if (!match) continue;
    const [m, times] = match;
    out.set(i, flag(cores[i]!, "real-word", [{ text: m, score: 0.6, evidence: `a digit from ${m}, which this document has ${times} times` }]));
  }
  return out;
}

function digitsApart(a: string, b: string): number {
  let n = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) n++;
  return n;
}

function nearTimeWord(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(i + 4, tokens.length); k++) if (TIME_WORD.test(tokens[k].text)) return true;
  return false;
}

export const misreadNumbers: Rule = {
  name: "misread-numbers",
  title: "Misread numbers and years",
  reasons: ["real-word"],
  evidence: "the numbers the document repeats, and the years it writes",
  constants: {},
  start: (scan) => {
    const found = numberFlags(scan.tokens, scan.cores);
    return (i) => found.get(i) ?? null;
  },
};
