import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPatchExact } from "./apply-patch";
import { makeRevision } from "./make-revision";
import { hasLoneSurrogate } from "./surrogates";
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, type Diff } from "./types";

const replays = (prev: string, next: string) => {
  const delta = makeRevision(prev, next);
  const applied = applyPatchExact(prev, delta.patchText);
  expect(applied).toEqual({ ok: true, value: next });
  return delta;
};

const noSplitPairs = (diffs: Diff[]) => diffs.every(([, text]) => !hasLoneSurrogate(text));

describe("makeRevision", () => {
  it("fixes one word with a small patch and counts code points", () => {
    const prev = "meetings between Otroshchenko, Genserslov, and the Japanese.";
    const next = prev.replace("Genserslov", "Generalov");
    const delta = replays(prev, next);
    expect(delta.patchText).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    const deleted = delta.diffs.filter(([op]) => op === DIFF_DELETE).map(([, t]) => t).join("");
    const inserted = delta.diffs.filter(([op]) => op === DIFF_INSERT).map(([, t]) => t).join("");
    expect(deleted.length).toBeGreaterThan(0);
    expect(inserted.length).toBeGreaterThan(0);
    expect(delta.stats.deleted).toBe([...deleted].length);
    expect(delta.stats.inserted).toBe([...inserted].length);
    expect(delta.diffTimedOut).toBe(false);
  });

  it.each([
    ["🧮 **a", "🧮 **"],
    ["🅱", "🅰"],
    ["ab😀😀", "b😀😀"],
    ["x🅱y", "x🅰y"],
    ["😀", ""],
    ["", "😀"],
    ["a😀b😀c", "a😁b😂c"],
  ])("stores and replays %j → %j without splitting a surrogate pair", (prev, next) => {
    const delta = replays(prev, next);
    expect(noSplitPairs(delta.diffs)).toBe(true);
    expect(() => decodeURI(delta.patchText)).not.toThrow();
  });

  it("counts an astral replacement as one character each way", () => {
    expect(makeRevision("🅱", "🅰").stats).toEqual({ inserted: 1, deleted: 1 });
  });

  it("keeps tabs, runs of spaces, blank lines and page breaks exactly", () => {
    replays("A\t\tB   C\n\n\n\fD\r", "A\t B    C\n\n\fD\f\n");
  });

  it("marks a diff that reached Diff_Timeout", () => {
    let t = 0;
    const clock = () => (t += 1000); // each reading advances one second
    expect(makeRevision("abc", "abd", clock).diffTimedOut).toBe(true);
  });

  it("yields an empty patch for identical texts", () => {
    const delta = makeRevision("same", "same");
    expect(delta.patchText).toBe("");
    expect(delta.diffs).toEqual([[DIFF_EQUAL, "same"]]);
  });
});

// Alphabet with ASCII, whitespace, page breaks, combining marks and astral characters,
// so that random edits land next to and between surrogate halves.
const CHARS = ["a", "b", "e", " ", "\t", "\n", "\f", "\u0301", "é", "🅰", "🅱", "😀", "𝔘", "ж"];
const textArb = fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }).map((a) => a.join(""));
const editArb = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 6 }),
  insert: textArb.map((t) => [...t].slice(0, 8).join("")),
});

/** Applies an edit at a code-point position so that the texts stay well formed. */
function applyEdit(text: string, edit: { at: number; remove: number; insert: string }): string {
  const points = [...text];
  const at = points.length === 0 ? 0 : edit.at % (points.length + 1);
  points.splice(at, edit.remove, ...edit.insert);
  return points.join("");
}

describe("makeRevision properties", () => {
  it("every revision of a random edit sequence (1–300 edits) rebuilds exactly", () => {
    fc.assert(
      fc.property(textArb, fc.array(editArb, { minLength: 1, maxLength: 300 }), (start, edits) => {
        const texts = [start];
        const patches: string[] = [];
        for (const edit of edits) {
          const prev = texts[texts.length - 1];
          const next = applyEdit(prev, edit);
          const delta = makeRevision(prev, next);
          if (!noSplitPairs(delta.diffs)) return false;
          patches.push(delta.patchText);
          texts.push(next);
        }
        let text = start;
        for (const [i, patch] of patches.entries()) {
          const applied = applyPatchExact(text, patch);
          if (!applied.ok || applied.value !== texts[i + 1]) return false;
          text = applied.value;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });

  it("random astral texts diff, patch and replay exactly", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        const delta = makeRevision(a, b);
        const applied = applyPatchExact(a, delta.patchText);
        return applied.ok && applied.value === b && noSplitPairs(delta.diffs);
      }),
      { numRuns: 500 },
    );
  });
});
