import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textChanges } from "./text-changes";

describe("what the corrections changed, on both sides", () => {
  it("marks the corrected words in the current text and the raw words they replaced", () => {
    const raw = "Genserslov met Otroshchenko in Tokyo.";
    const current = "Generalov met Otroshchenko in Tokio.";
    const c = textChanges(raw, current);
    expect(c.inCurrent.map((r) => current.slice(r.start, r.end))).toEqual(["Generalov", "Tokio"]);
    expect(c.inRaw.map((r) => raw.slice(r.start, r.end))).toEqual(["Genserslov", "Tokyo"]);
    expect(c.currentToRaw(current.indexOf("Otroshchenko"))).toBe(raw.indexOf("Otroshchenko"));
  });

  it("maps every unchanged character of the current text onto the same character of the raw OCR", () => {
    const words = fc.array(fc.constantFrom("the", "mission", "Genserslov", "at", "Nishikura", "\n", "arrived"), { maxLength: 30 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const raw = a.join(" ");
        const current = b.join(" ");
        const c = textChanges(raw, current);
        const changed = (i: number) => c.inCurrent.some((r) => r.start <= i && i < r.end);
        for (let i = 0; i < current.length; i++) {
          if (changed(i)) continue;
          const j = c.currentToRaw(i);
          if (j < raw.length && !c.inRaw.some((r) => r.start <= j && j < r.end)) expect(raw[j]).toBe(current[i]);
        }
      }),
    );
  });
});
