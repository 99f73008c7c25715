// Numbers a document gives away: OCR misreads a digit of a year, or of a number the same document
// types correctly again and again ("3962" in a date where "1962" occurs five times). A number is
// read as a year only where its context says it is a date; a quantity is left alone.
import { flag, type Suggestion } from "../suggestion";
import type { Token } from "../tokens";
import { constant } from "./constant";
import type { Rule } from "./rule";

const NUMBER = /^\d{3,4}$/u;
const isYear = (n: string) => n.length === 4 && +n >= 1000 && +n <= 2100;

const MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/u;
/** Words a year follows: "in", "since", "of", "dated", "born", "until", "about". */
const BEFORE_YEAR = /^(in|since|of|dated|until|till|from|to|by|before|after|during|early|late|mid|born|about|circa|ca|spring|summer|autumn|fall|winter)$/u;
/** Words a count or a measure is followed by: units, currencies, and the plural nouns of what is counted. */
const UNIT = /^(men|women|people|persons|troops|tons?|tonnes?|rubles?|roubles?|dollars?|pounds?|yen|marks?|francs?|pesos?|quetzals?|metres?|meters?|miles?|kilomet(re|er)s?|km|kg|cm|mm|ft|feet|inches|acres|hectares|percent|per|million|millions|billion|billions|thousand|hundred|hours?|hrs?|h|minutes|days|weeks|months|years|copies|pages|units|barrels|rounds|rifles|aircraft|vessels|ships)$/u;
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** A month's name or abbreviation, or a capitalised word one misread letter from a month's name ("Jnne", "Deeember"). */
function isMonth(word: Token | undefined): boolean {
  const w = bare(word);
  if (MONTH.test(w)) return true;
  return !!word && /^\p{Lu}/u.test(word.text) && w.length >= 3 && MONTHS.some((m) => m.length === w.length && [...m].filter((c, k) => c !== w[k]).length === 1);
}

const bare = (t: Token | undefined) => (t ? t.text.toLowerCase().replace(/^[("'“‘[]+|[)"'”’\],.;:]+$/gu, "") : "");

/**
 * Whether token i stands where a date does: after a month or a word a year follows ("May 1962",
 * "since 1962"), or in a header field whose label names a date ("DATE OF INFO: 1962").
 */
export function inDateContext(text: string, tokens: readonly Token[], i: number): boolean {
  const before = bare(tokens[i - 1]);
  if (isMonth(tokens[i - 1]) || BEFORE_YEAR.test(before)) return true;
  // "26 May, 1962", "May 26, 1962": a day between the month and the year.
  if (/^\d{1,2}$/u.test(before) && isMonth(tokens[i - 2])) return true;
  const line = text.slice(text.lastIndexOf("\n", tokens[i].start - 1) + 1, tokens[i].start);
  return /^\s*[\p{Lu} ]*DATE[\p{Lu} ]*[:;.]/u.test(line);
}

/**
 * Whether token i is a quantity: a unit or a currency after it or before it ("2950 tons", "$4900"),
 * or a number among numbers on its line (a table, a list of telegrams), or a numbered paragraph's
 * or telegram's number at the start of a line ("2981. You are requested").
 */
export function isQuantity(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // "between 2200 and 2330 hours": the unit may follow a second number.
  const unitAfter = [1, 2, 3].some((k) => UNIT.test(bare(tokens[i + k])) && (k === 1 || /^(and|to|or|-|–)$/u.test(bare(tokens[i + 1]))));
  if (unitAfter || /^[$£¥€]/u.test(t.text) || /^(us\$|\$|£|¥|€|rs\.?)$/u.test(bare(tokens[i - 1]))) return true;
  const start = text.lastIndexOf("\n", t.start - 1) + 1;
  const end = text.indexOf("\n", t.end);
  const line = text.slice(start, end < 0 ? text.length : end);
  const numbers = line.match(/(?<![\p{L}\p{N}])\d[\d,.]*(?![\p{L}\p{N}])/gu)?.length ?? 0;
  const words = line.match(/\S+/gu)?.length ?? 1;
  const { TABLE_NUMBERS, TABLE_SHARE } = misreadNumbers.constants;
  if (numbers >= TABLE_NUMBERS.value && numbers >= words * TABLE_SHARE.value) return true;
  return /^\s*$/u.test(text.slice(start, t.start)) && /^\d+[.)]$/u.test(t.text);
}

/**
 * The document's numbers of three and four digits that occur once and differ by one digit from
 * a number the document repeats (or are that number cut short: "196;" beside "1962"), keyed by
 * token index. A year no later than the document's other years is left alone (a report recalls
 * the past); one after them is likelier a misread digit than a report's mention of its future.
 */
function numberFlags(text: string, tokens: readonly Token[], cores: readonly (Token | null)[]): Map<number, Suggestion> {
  const { RECURS, EARLIEST } = misreadNumbers.constants;
  const counts = new Map<string, number>();
  const at: number[] = [];
  // Every number counts towards what the document repeats; only those that are no quantity are judged.
  cores.forEach((c, i) => {
    if (!c || !NUMBER.test(c.text)) return;
    counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
    if (!isQuantity(text, tokens, i)) at.push(i);
  });
  const out = new Map<number, Suggestion>();
  const recurring = [...counts].filter(([, n]) => n >= RECURS.value).sort((a, b) => b[1] - a[1]);
  // The latest year, and the one before it, so each number can leave itself out.
  const years = [...counts.keys()].filter(isYear).map(Number).sort((a, b) => b - a);
  for (const i of at) {
    const n = cores[i]!.text;
    const latest = years[0] === +n ? years[1] : years[0];
    if (isYear(n) && +n >= EARLIEST.value && (latest === undefined || +n <= latest)) continue;
    const date = inDateContext(text, tokens, i);
    // "3962", "2962" in a date: a year of the twentieth century whose 1 was misread, which no count needs to show.
    if (/^[2-9]9\d\d$/u.test(n)) {
      if (date) out.set(i, flag(cores[i]!, "real-word", [{ text: `1${n.slice(1)}`, score: 0.6, evidence: `"${n[0]}" read for "1" in a year` }]));
      continue;
    }
    if (counts.get(n)! > 1) continue;
    const match = recurring.find(([m]) => ((m.length === n.length && digitsApart(m, n) === 1) || (m.length === n.length + 1 && m.startsWith(n) && n.length === 3)) && (!isYear(m) || date));
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

export const misreadNumbers: Rule = {
  name: "misread-numbers",
  title: "Misread numbers and years",
  reasons: ["real-word"],
  evidence: "the numbers the document repeats and the years it writes; a year only where the words around it make a date, never a quantity",
  constants: {
    RECURS: constant(2, "how often a number must recur before a one-off number a digit from it reads as its misreading", "at 1 FRUS light F1 0.789 → 0.785 and FRUS clean-text false flags 2.94 → 3.53 per 1,000 words; at 3 typescripts heavy 0.826 → 0.823"),
    EARLIEST: constant(1800, "a year before this in a typescript is likelier a misread digit", "at 900 typescripts heavy F1 0.826 → 0.825; with every year suspect (3600) typescripts clean-text false flags 1.14 → 3.42 per 1,000 words; FRUS unchanged"),
    TABLE_NUMBERS: constant(3, "a line with this many numbers…", "at 2 typescripts light F1 0.819 → 0.817; at 4 no change on either corpus; FRUS clean text has its telegram lists ('260, 261, 262') at 3"),
    TABLE_SHARE: constant(0.3, "…making up this share of its tokens is a table or a list: its numbers are quantities", "F1 within 0.001 on both corpora at 0.225 and 0.375; a lower share made prose with three years a table (a unit test shows it)"),
  },
  start: (scan) => {
    const found = numberFlags(scan.text, scan.tokens, scan.cores);
    return (i) => found.get(i) ?? null;
  },
};
