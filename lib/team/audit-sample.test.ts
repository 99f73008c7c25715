import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seeded } from "../metrics/seeded-random";
import { allocate, auditableLines, defaultSampleSize, estimateCer, findLine, pick } from "./audit-sample";

describe("drawing an audit's sample", () => {
  it("takes the lines with something to read, with their offsets", () => {
    const text = "MEMORANDUM\n\n   ----\nFrom: Genserslov\f Page 2";
    expect(auditableLines(text).map((l) => [l.index, l.text, text.slice(l.start, l.end)])).toEqual([
      [0, "MEMORANDUM", "MEMORANDUM"], [3, "From: Genserslov", "From: Genserslov"], [4, " Page 2", " Page 2"],
    ]);
  });

  it("finds a drawn line again in a text that moved, as a whole line, nearest where it was", () => {
    const line = { start: 6, end: 16, text: "Genserslov" };
    expect(findLine("From: \nGenserslov\nx", { ...line, start: 7, end: 17 })).toEqual({ start: 7, end: 17 });
    expect(findLine("Added\nFrom:\nGenserslov\nGenserslov and more\nGenserslov", line)).toEqual({ start: 12, end: 22 });
    expect(findLine("Genserslov and more", line)).toBeNull();
  });

  it("allocates in proportion, exactly n, never more than a stratum holds", () => {
    expect(allocate([10, 30, 60], 10)).toEqual([1, 3, 6]);
    // 0.49, 0.49 and 49.02 lines by proportion: the one left over goes to the first largest remainder.
    expect(allocate([1, 1, 100], 50)).toEqual([1, 0, 49]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 400 }), (sizes, n) => {
        const out = allocate(sizes, n);
        const total = sizes.reduce((a, b) => a + b, 0);
        return out.reduce((a, b) => a + b, 0) === Math.min(n, total) && out.every((k, i) => k >= 0 && k <= sizes[i]);
      }),
    );
  });

  it("picks distinct indices, the same again from the same seed", () => {
    const a = pick(100, 10, seeded(7));
    expect(new Set(a).size).toBe(10);
    expect(a).toEqual(pick(100, 10, seeded(7)));
    expect(a.every((i) => i >= 0 && i < 100)).toBe(true);
    expect(pick(5, 9, seeded(1))).toEqual([0, 1, 2, 3, 4]);
  });

  it("sizes the default for ±1 point: more lines for a larger collection, never more than it has", () => {
    const small = defaultSampleSize({ lines: 200, characters: 200 * 60 });
    const large = defaultSampleSize({ lines: 100_000, characters: 100_000 * 60 });
    expect(small).toBeLessThanOrEqual(200);
    expect(large).toBeGreaterThan(small);
    expect(large).toBeLessThan(400);
    expect(defaultSampleSize({ lines: 12, characters: 600 })).toBe(12);
  });
});

describe("the remaining CER with its interval", () => {
  const strata = new Map([["a", 100], ["b", 100]]);
  it("is the errors over the characters, inside its interval", () => {
    const checked = [
      ...Array.from({ length: 20 }, (_, i) => ({ stratum: "a", chars: 50, errors: i % 5 === 0 ? 2 : 0 })),
      ...Array.from({ length: 20 }, () => ({ stratum: "b", chars: 50, errors: 0 })),
    ];
    const e = estimateCer(checked, strata)!;
    expect(e.estimate).toBeCloseTo(8 / 2000, 10);
    expect(e.low).toBeLessThan(e.estimate);
    expect(e.high).toBeGreaterThan(e.estimate);
    expect(e).toMatchObject({ lines: 40, characters: 2000 });
  });

  it("gives 0 with an upper bound when nothing is found, and narrows as more is checked", () => {
    const none = (n: number) => estimateCer(Array.from({ length: n }, (_, i) => ({ stratum: i % 2 ? "a" : "b", chars: 60, errors: 0 })), new Map([["a", 10_000], ["b", 10_000]]))!;
    expect(none(50)).toMatchObject({ estimate: 0, low: 0 });
    expect(none(50).high).toBeGreaterThan(0);
    expect(none(500).high).toBeLessThan(none(50).high);
    expect(estimateCer([], strata)).toBeNull();
  });
});
