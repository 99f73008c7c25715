import { err, ok, type Result } from "../result";

/**
 * A date as archivists write it, in the Extended Date/Time Format (ISO 8601-2, EDTF levels 0 and
 * 1): a day ("1954-03-30"), a month ("1954-03"), a year ("1954"), an interval ("1953/1954",
 * "1954-03/1954-06", open "1954/.." or unknown "/1955"), a season ("1954-21", spring), digits
 * left unspecified ("195X", "1954-XX"), and a date marked uncertain ("?"), approximate ("~") or
 * both ("%"). What a filter needs is the span of days it can mean: `start` and `end` (ISO days,
 * both included; null for an open or unknown end).
 */
export interface EdtfDate {
  /** The value as given, trimmed; stored as is. */
  edtf: string;
  start: string | null;
  end: string | null;
  /** Whether it is marked uncertain or approximate anywhere. */
  qualified: boolean;
}

/** Seasons (EDTF level 1, 21–24) as the months they cover, as in the northern hemisphere. */
const SEASONS: Record<number, { from: number; to: number; name: string }> = {
  21: { from: 3, to: 5, name: "Spring" },
  22: { from: 6, to: 8, name: "Summer" },
  23: { from: 9, to: 11, name: "Autumn" },
  24: { from: 12, to: 14, name: "Winter" },
};

const DATE = /^(\d{2}(?:\d{2}|\dX|XX))(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?([?~%])?$/;
const OPEN = "..";

/** Parses one EDTF value; the error says in words what is wrong with it. */
export function parseEdtf(text: string): Result<EdtfDate, string> {
  const edtf = text.trim();
  if (!edtf) return err("The date is empty");
  if (edtf.includes("/")) {
    const parts = edtf.split("/");
    if (parts.length !== 2) return err(`“${edtf}” has more than one “/”: an interval is two dates, as in 1953/1954`);
    const [from, to] = parts as [string, string];
    if ((from === "" || from === OPEN) && (to === "" || to === OPEN)) return err(`“${edtf}” has no date at either end`);
    const a = from === "" || from === OPEN ? null : spanOf(from);
    const b = to === "" || to === OPEN ? null : spanOf(to);
    if (a && !a.ok) return a;
    if (b && !b.ok) return b;
    const start = a ? a.value.start : null;
    const end = b ? b.value.end : null;
    if (start && end && start > end) return err(`“${edtf}” ends before it starts`);
    return ok({ edtf, start, end, qualified: Boolean(a?.value.qualified || b?.value.qualified) });
  }
  const span = spanOf(edtf);
  return span.ok ? ok({ edtf, ...span.value }) : span;
}

function spanOf(text: string): Result<{ start: string; end: string; qualified: boolean }, string> {
  const m = DATE.exec(text);
  if (!m) return err(`“${text}” is not a date: write a year, a month or a day as 1954, 1954-03 or 1954-03-30 (EDTF)`);
  const [, yearText, monthText, dayText, qualifier] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined];
  const unspecifiedYear = yearText.includes("X");
  const firstYear = Number(yearText.replace(/X/g, "0"));
  const lastYear = Number(yearText.replace(/X/g, "9"));
  const qualified = qualifier !== undefined;
  if (monthText === undefined) return ok({ start: day(firstYear, 1, 1), end: day(lastYear, 12, 31), qualified });
  if (unspecifiedYear && monthText !== "XX") return err(`“${text}”: a year with unspecified digits takes no month`);
  if (monthText === "XX") {
    if (dayText !== undefined && dayText !== "XX") return err(`“${text}”: an unspecified month takes no day`);
    return ok({ start: day(firstYear, 1, 1), end: day(lastYear, 12, 31), qualified });
  }
  const month = Number(monthText);
  const season = SEASONS[month];
  if (season) {
    if (dayText !== undefined) return err(`“${text}”: a season (21–24) takes no day`);
    const endYear = firstYear + (season.to > 12 ? 1 : 0);
    const endMonth = season.to > 12 ? season.to - 12 : season.to;
    return ok({ start: day(firstYear, season.from, 1), end: day(endYear, endMonth, daysIn(endYear, endMonth)), qualified });
  }
  if (month < 1 || month > 12) return err(`“${text}”: there is no month ${monthText} (01–12, or a season 21–24)`);
  if (dayText === undefined || dayText === "XX") return ok({ start: day(firstYear, month, 1), end: day(firstYear, month, daysIn(firstYear, month)), qualified });
  const d = Number(dayText);
  if (d < 1 || d > daysIn(firstYear, month)) return err(`“${text}”: ${monthName(month)} ${firstYear} has no day ${dayText}`);
  return ok({ start: day(firstYear, month, d), end: day(firstYear, month, d), qualified });
}

/**
 * The span a filter bound means: "1950" from 1 January 1950 (as `from`) or to 31 December (as
 * `to`); the same forms as a date, without intervals.
 */
export function boundOf(text: string, side: "from" | "to"): Result<string, string> {
  if (text.includes("/")) return err(`“${text}” is an interval: give one date as each bound`);
  const span = parseEdtf(text);
  if (!span.ok) return span;
  return ok((side === "from" ? span.value.start : span.value.end)!);
}

/** Whether a date's span meets [from, to] (either bound may be absent, as may either end of the span). */
export function overlaps(date: Pick<EdtfDate, "start" | "end">, from: string | null, to: string | null): boolean {
  if (to !== null && date.start !== null && date.start > to) return false;
  if (from !== null && date.end !== null && date.end < from) return false;
  return true;
}

/** The date in words, for reading: "30 March 1954", "March 1954", "1953 to 1954", "1950s", "Spring 1954", "about 1954". */
export function describeEdtf(text: string): string {
  const parsed = parseEdtf(text);
  if (!parsed.ok) return text;
  if (text.includes("/")) {
    const [from, to] = text.trim().split("/") as [string, string];
    const side = (s: string) => (s === "" ? "an unknown date" : s === OPEN ? "" : describeEdtf(s));
    if (to === OPEN) return `from ${side(from)}`;
    if (from === OPEN) return `until ${side(to)}`;
    return `${side(from)} to ${side(to)}`;
  }
  const m = DATE.exec(text.trim())!;
  const [, yearText, monthText, dayText, qualifier] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined];
  const year = yearText.endsWith("XX") ? `${yearText.slice(0, 2)}00s` : yearText.endsWith("X") ? `${yearText.slice(0, 3)}0s` : yearText;
  let words = year;
  if (monthText && monthText !== "XX") {
    const month = Number(monthText);
    words = SEASONS[month] ? `${SEASONS[month]!.name} ${year}` : dayText && dayText !== "XX" ? `${Number(dayText)} ${monthName(month)} ${year}` : `${monthName(month)} ${year}`;
  }
  if (qualifier === "~") return `about ${words}`;
  if (qualifier === "?") return `${words} (uncertain)`;
  if (qualifier === "%") return `about ${words} (uncertain)`;
  return words;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const monthName = (month: number) => MONTHS[month - 1]!;
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const day = (y: number, m: number, d: number) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
