import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundOf, describeEdtf, overlaps, parseEdtf } from "./edtf";

const span = (text: string) => {
  const r = parseEdtf(text);
  if (!r.ok) throw new Error(r.error);
  return [r.value.start, r.value.end];
};

/** A real calendar day as ISO text, from Date's own calendar. */
const isoDay = fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("EDTF dates (levels 0 and 1)", () => {
  it("reads days, months, years, seasons, unspecified digits and intervals as the days they can mean", () => {
    expect(span("1954-03-30")).toEqual(["1954-03-30", "1954-03-30"]);
    expect(span("1954-03")).toEqual(["1954-03-01", "1954-03-31"]);
    expect(span("1952-02")).toEqual(["1952-02-01", "1952-02-29"]);
    expect(span("1954")).toEqual(["1954-01-01", "1954-12-31"]);
    expect(span("1953/1954")).toEqual(["1953-01-01", "1954-12-31"]);
    expect(span("1954-03/1954-06-15")).toEqual(["1954-03-01", "1954-06-15"]);
    expect(span("1954/..")).toEqual(["1954-01-01", null]);
    expect(span("/1955")).toEqual([null, "1955-12-31"]);
    expect(span("195X")).toEqual(["1950-01-01", "1959-12-31"]);
    expect(span("19XX")).toEqual(["1900-01-01", "1999-12-31"]);
    expect(span("1954-XX")).toEqual(["1954-01-01", "1954-12-31"]);
    expect(span("1954-03-XX")).toEqual(["1954-03-01", "1954-03-31"]);
    expect(span("1954-21")).toEqual(["1954-03-01", "1954-05-31"]);
    expect(span("1954-24")).toEqual(["1954-12-01", "1955-02-28"]);
    expect(parseEdtf(" 1954-03-30? ")).toEqual({ ok: true, value: { edtf: "1954-03-30?", start: "1954-03-30", end: "1954-03-30", qualified: true } });
    expect(parseEdtf("1954~").ok && parseEdtf("1954%").ok).toBe(true);
  });

  it("refuses what is not a date, saying why", () => {
    expect(parseEdtf("")).toEqual({ ok: false, error: "The date is empty" });
    expect(parseEdtf("30 March 1954")).toMatchObject({ ok: false, error: expect.stringContaining("is not a date") });
    expect(parseEdtf("1954-02-30")).toMatchObject({ ok: false, error: expect.stringContaining("February 1954 has no day 30") });
    expect(parseEdtf("1953-02-29")).toMatchObject({ ok: false });
    expect(parseEdtf("1954-13")).toMatchObject({ ok: false, error: expect.stringContaining("no month 13") });
    expect(parseEdtf("1955/1954")).toMatchObject({ ok: false, error: expect.stringContaining("ends before it starts") });
    expect(parseEdtf("../..")).toMatchObject({ ok: false, error: expect.stringContaining("no date at either end") });
    expect(parseEdtf("1950/1951/1952")).toMatchObject({ ok: false });
    expect(parseEdtf("195X-03")).toMatchObject({ ok: false, error: expect.stringContaining("takes no month") });
    expect(parseEdtf("1954-XX-12")).toMatchObject({ ok: false });
    expect(parseEdtf("1954-21-03")).toMatchObject({ ok: false, error: expect.stringContaining("season") });
  });

  it("a real day is its own span; a month holds each of its days; an interval of two days spans them in order", () => {
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        expect(span(a)).toEqual([a, a]);
        const [monthStart, monthEnd] = span(a.slice(0, 7)) as [string, string];
        expect(monthStart <= a && a <= monthEnd && monthStart.slice(0, 7) === a.slice(0, 7) && monthEnd.slice(0, 7) === a.slice(0, 7)).toBe(true);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(span(`${lo}/${hi}`)).toEqual([lo, hi]);
        if (lo !== hi) expect(parseEdtf(`${hi}/${lo}`).ok).toBe(false);
      }),
    );
  });

  it("a day meets a filter exactly when it lies between its bounds, and an open end meets everything on its side", () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, (d, x, y) => {
        const [from, to] = x <= y ? [x, y] : [y, x];
        expect(overlaps({ start: d, end: d }, from, to)).toBe(from <= d && d <= to);
        expect(overlaps({ start: null, end: d }, from, null)).toBe(d >= from);
        expect(overlaps({ start: d, end: null }, null, to)).toBe(d <= to);
      }),
    );
    expect(boundOf("1950", "from")).toEqual({ ok: true, value: "1950-01-01" });
    expect(boundOf("1955-06", "to")).toEqual({ ok: true, value: "1955-06-30" });
    expect(boundOf("1950/1951", "to").ok).toBe(false);
  });

  it("says a date in words", () => {
    expect(describeEdtf("1954-03-30")).toBe("30 March 1954");
    expect(describeEdtf("1954-03")).toBe("March 1954");
    expect(describeEdtf("1953/1954")).toBe("1953 to 1954");
    expect(describeEdtf("195X")).toBe("1950s");
    expect(describeEdtf("1954-21")).toBe("Spring 1954");
    expect(describeEdtf("1954~")).toBe("about 1954");
    expect(describeEdtf("1954/..")).toBe("from 1954");
    expect(describeEdtf("not a date")).toBe("not a date");
  });
});
