import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyKeyingChoices, compareKeyings } from "./double-keying";

describe("two keyings compared", () => {
  const base = "Comrade Il'inh met Genserslov in Tokio.";
  it("agrees where both read alike, and makes each difference a decision with the base beside it", () => {
    const { segments, agreement, disagreements } = compareKeyings(base, "Comrade Il'ich met Generalov in Tokio.", "Comrade Il'ich met Generalov in Tokyo.");
    expect(disagreements).toBe(1);
    expect(segments.filter((s) => s.kind === "conflict")).toEqual([{ kind: "conflict", base: "Tokio", mine: "Tokio", theirs: "Tokyo", baseOffset: 33 }]);
    expect(agreement).toBeCloseTo(5 / 6, 10);
  });

  it("rebuilds either keying from its choices, and counts whose reading was kept", () => {
    const a = "Comrade Il'ich met Generalov in Tokio.";
    const b = "Comrade Ilich met Generalov in Tokyo.";
    const { segments } = compareKeyings(base, a, b);
    const n = segments.filter((s) => s.kind === "conflict").length;
    expect(applyKeyingChoices(segments, Array(n).fill("a"))).toEqual({ text: a, forA: n, forB: 0 });
    expect(applyKeyingChoices(segments, Array(n).fill("b"))).toEqual({ text: b, forA: 0, forB: n });
    expect(() => applyKeyingChoices(segments, [])).toThrow();
  });

  it("identical keyings agree fully; any choices give a text built from the two", () => {
    const text = fc.array(fc.constantFrom("a", "bc", " ", "Gen", ".", "\n"), { maxLength: 20 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(text, text, text, fc.array(fc.boolean(), { maxLength: 30 }), (base, a, b, picks) => {
        const same = compareKeyings(base, a, a);
        if (same.disagreements !== 0 || same.agreement !== 1) return false;
        const { segments, disagreements } = compareKeyings(base, a, b);
        const choices = Array.from({ length: disagreements }, (_, i) => (picks[i] ? "a" : "b") as "a" | "b");
        const { forA, forB } = applyKeyingChoices(segments, choices);
        return forA + forB === disagreements;
      }),
    );
  });
});
