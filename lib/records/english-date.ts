import { parseEdtf } from "./edtf";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const monthOf = (word: string) => {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m === w || m.startsWith(w));
  return i < 0 ? null : i + 1;
};
const two = (n: number) => String(n).padStart(2, "0");

/** One date as English typescripts write it: "30 March 1954", "March 30, 1954", "March 1954", "1954". */
const ONE = new RegExp(`^(?:(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|${MONTH},?\\s+(\\d{4})|(\\d{4}))$`, "i");

interface Parts { year: number; month?: number; day?: number }

function one(text: string): Parts | null {
  const m = ONE.exec(text.trim());
  if (!m) return null;
  if (m[1]) return { day: Number(m[1]), month: monthOf(m[2]!)!, year: Number(m[3]) };
  if (m[4]) return { month: monthOf(m[4])!, day: Number(m[5]), year: Number(m[6]) };
  if (m[7]) return { month: monthOf(m[7])!, year: Number(m[8]) };
  return { year: Number(m[9]) };
}

const edtfOf = (p: Parts) => `${p.year}${p.month ? `-${two(p.month)}${p.day ? `-${two(p.day)}` : ""}` : ""}`;

/**
 * A date or range written in English, as EDTF, or null when the text is not plainly one:
 * "30 March 1954" → 1954-03-30; "March 30, 1954" → 1954-03-30; "August - October 1947" →
 * 1947-08/1947-10; "8 - 16 February 1954" → 1954-02-08/1954-02-16; "1947 - May 1956" →
 * 1947/1956-05. The left side of a range borrows the right side's month and year where it lacks
 * them. Only checked calendar dates are answered.
 */
export function englishDate(text: string): string | null {
  const clean = text.trim().replace(/\s+/g, " ");
  const range = clean.split(/\s+[-–]\s+|\s+to\s+/i);
  let edtf: string | null = null;
  if (range.length === 1) {
    const p = one(clean);
    edtf = p ? edtfOf(p) : null;
  } else if (range.length === 2) {
    const right = one(range[1]!);
    if (!right) return null;
    const leftText = range[0]!.trim();
    let left = one(leftText);
    if (!left && /^\d{1,2}$/.test(leftText) && right.month) left = { year: right.year, month: right.month, day: Number(leftText) };
    const bareMonth = new RegExp(`^${MONTH}$`, "i").exec(leftText);
    if (!left && bareMonth) left = { year: right.year, month: monthOf(bareMonth[1]!)! };
    if (!left) return null;
    edtf = `${edtfOf(left)}/${edtfOf(right)}`;
  }
  if (!edtf) return null;
  return parseEdtf(edtf).ok ? edtf : null;
}
