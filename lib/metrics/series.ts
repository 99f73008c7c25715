import { DOCUMENT_STATUSES, type DocumentStatus } from "../review/transitions";

/** A UTC calendar day, as the charts and CSV files name it. */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);

const DAY_MS = 86_400_000;
/** Longer histories are drawn a week a point: a year of days is as many points as a chart holds. */
const MAX_DAILY_POINTS = 366;

export type StatusCounts = Record<DocumentStatus, number>;
export interface StatusDay extends StatusCounts {
  date: string;
}

/**
 * Documents by status at the end of each day, from each document's creation (as raw) and its
 * status changes: the burn-down of a collection. Days with no change carry the previous counts.
 */
export function statusOverTime(docs: { createdAt: Date; changes: { at: Date; to: string }[] }[], now: Date): StatusDay[] {
  const events = docs.flatMap((d, i) => [{ at: d.createdAt.getTime(), doc: i, to: "raw" }, ...d.changes.map((c) => ({ at: c.at.getTime(), doc: i, to: c.to }))]);
  if (!events.length) return [];
  events.sort((a, b) => a.at - b.at);
  const first = Date.parse(dayOf(new Date(events[0].at)));
  const last = Date.parse(dayOf(now));
  const step = (last - first) / DAY_MS + 1 > MAX_DAILY_POINTS ? 7 * DAY_MS : DAY_MS;
  const status = new Map<number, string>();
  const counts = Object.fromEntries(DOCUMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
  const out: StatusDay[] = [];
  let e = 0;
  for (let day = first; day <= last + (step - DAY_MS); day += step) {
    const end = day + step;
    for (; e < events.length && events[e].at < end; e++) {
      const { doc, to } = events[e];
      const from = status.get(doc);
      if (from && from in counts) counts[from as DocumentStatus]--;
      if (to in counts) counts[to as DocumentStatus]++;
      status.set(doc, to);
    }
    out.push({ date: dayOf(new Date(day)), ...counts });
  }
  return out;
}

/** How many things happened on each day that had any, in order. */
export function perDay(times: Date[]): { date: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const t of times) counts.set(dayOf(t), (counts.get(dayOf(t)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count }));
}

/** Values counted in bins of `width` from 0 (the last bin also takes everything above `max`). */
export function histogram(values: number[], width: number, max: number): { from: number; to: number; count: number }[] {
  const bins = Math.ceil(max / width);
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.max(0, Math.floor(v / width)))]++;
  return counts.map((count, i) => ({ from: round(i * width), to: round((i + 1) * width), count }));
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The mean error rates of the corrected documents at the end of each day: each document counts
 * with its latest revision by then, from its first correction on.
 */
export function ratesOverTime(revisions: { documentId: string; at: Date; cer: number; wer: number }[]): { date: string; cer: number; wer: number; documents: number }[] {
  const sorted = [...revisions].sort((a, b) => a.at.getTime() - b.at.getTime());
  const latest = new Map<string, { cer: number; wer: number }>();
  const out: { date: string; cer: number; wer: number; documents: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    latest.set(sorted[i].documentId, sorted[i]);
    const day = dayOf(sorted[i].at);
    if (i + 1 < sorted.length && dayOf(sorted[i + 1].at) === day) continue;
    const all = [...latest.values()];
    out.push({ date: day, cer: mean(all.map((r) => r.cer)), wer: mean(all.map((r) => r.wer)), documents: all.length });
  }
  return out;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Rows as CSV (RFC 4180): a header of the keys, fields quoted when they need it. */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  if (!rows.length) return "";
  const keys = Object.keys(rows[0]);
  const field = (v: unknown) => {
    const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" ") : String(v);
    // A leading = + - @ would be a formula in a spreadsheet: quote it with a tick. Only a field
    // that is a number from end to end is exempt ("-3", "-0.25"): "-2+3+cmd|…" starts like one.
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return [keys.join(","), ...rows.map((r) => keys.map((k) => field(r[k])).join(","))].join("\r\n") + "\r\n";
}
