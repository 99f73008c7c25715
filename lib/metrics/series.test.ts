import { describe, expect, it } from "vitest";
import { histogram, perDay, ratesOverTime, statusOverTime, toCsv } from "./series";

const at = (s: string) => new Date(`${s}Z`);

describe("dashboard series", () => {
  it("status over time carries counts across quiet days", () => {
    const days = statusOverTime(
      [
        { createdAt: at("2026-11-01T10:00:00"), changes: [{ at: at("2026-11-02T09:00:00"), to: "in_progress" }, { at: at("2026-11-04T12:00:00"), to: "approved" }] },
        { createdAt: at("2026-11-02T11:00:00"), changes: [] },
      ],
      at("2026-11-04T23:00:00"),
    );
    expect(days).toEqual([
      { date: "2026-11-01", raw: 1, in_progress: 0, corrected: 0, approved: 0 },
      { date: "2026-11-02", raw: 1, in_progress: 1, corrected: 0, approved: 0 },
      { date: "2026-11-03", raw: 1, in_progress: 1, corrected: 0, approved: 0 },
      { date: "2026-11-04", raw: 1, in_progress: 0, corrected: 0, approved: 1 },
    ]);
    const long = statusOverTime([{ createdAt: at("2024-01-01T00:00:00"), changes: [] }], at("2026-01-01T00:00:00"));
    expect(long.length).toBeLessThanOrEqual(110);
    expect(long.at(-1)).toMatchObject({ raw: 1 });
  });

  it("per day, histograms and rates over time", () => {
    expect(perDay([at("2026-11-02T01:00:00"), at("2026-11-01T01:00:00"), at("2026-11-02T23:00:00")])).toEqual([{ date: "2026-11-01", count: 1 }, { date: "2026-11-02", count: 2 }]);
    expect(histogram([0, 0.01, 0.05, 0.3, 2], 0.1, 0.3)).toEqual([{ from: 0, to: 0.1, count: 3 }, { from: 0.1, to: 0.2, count: 0 }, { from: 0.2, to: 0.3, count: 2 }]);
    expect(ratesOverTime([
      { documentId: "a", at: at("2026-11-01T10:00:00"), cer: 0.1, wer: 0.2 },
      { documentId: "b", at: at("2026-11-01T11:00:00"), cer: 0.3, wer: 0.4 },
      { documentId: "a", at: at("2026-11-02T10:00:00"), cer: 0.2, wer: 0.2 },
    ])).toEqual([{ date: "2026-11-01", cer: 0.2, wer: 0.30000000000000004, documents: 2 }, { date: "2026-11-02", cer: 0.25, wer: 0.30000000000000004, documents: 2 }]);
  });

  it("CSV quotes what needs it and defuses spreadsheet formulas", () => {
    expect(toCsv([{ word: 'say "hi", then', n: 2 }, { word: "=HYPERLINK(1)", n: -3 }])).toBe('word,n\r\n"say ""hi"", then",2\r\n\'=HYPERLINK(1),-3\r\n');
    // Starts like a negative number, but is a formula: only a field that is all number is exempt.
    expect(toCsv([{ word: "-2+3+cmd|' /C calc'!A0", n: -0.25 }, { word: "-1e-3", n: "-4 rubles" }])).toBe("word,n\r\n'-2+3+cmd|' /C calc'!A0,-0.25\r\n-1e-3,'-4 rubles\r\n");
  });
});
