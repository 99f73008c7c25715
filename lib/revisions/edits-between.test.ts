import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editsBetween, type TextEdit } from "./edits-between";

const apply = (a: string, edits: TextEdit[]) => edits.reduceRight((text, e) => text.slice(0, e.start) + e.text + text.slice(e.end), a);

describe("editsBetween", () => {
  it("replaces whole words", () => {
    expect(editsBetween("Report by Genserslov.", "Report by Generalov.")).toEqual([{ start: 10, end: 20, text: "Generalov" }]);
    expect(editsBetween("same", "same")).toEqual([]);
  });

  it("turns a into b, with ordered, disjoint ranges of a", () => {
    const text = fc.array(fc.constantFrom("a", "bc", "Gen", " ", "\n", ".", "é", "😀"), { maxLength: 25 }).map((xs) => xs.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const edits = editsBetween(a, b);
        const ordered = edits.every((e, i) => e.start <= e.end && (i === 0 || edits[i - 1].end <= e.start));
        return ordered && apply(a, edits) === b;
      }),
    );
  });
});
