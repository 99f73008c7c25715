import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pieceText, pieceTextToString, spliceExact } from "./piece-text";

describe("spliceExact", () => {
  it("splices across piece boundaries and refuses a wrong pre-image", () => {
    const t = pieceText("hello world");
    expect(spliceExact(t, 6, "world", "there")).toBe(true);
    expect(spliceExact(t, 0, "hello", "")).toBe(true);
    expect(pieceTextToString(t)).toBe(" there");
    expect(spliceExact(t, 1, "thex", "y")).toBe(false);
    expect(spliceExact(t, 6, "x", "")).toBe(false);
    expect(spliceExact(t, 6, "", "!")).toBe(true);
    expect(pieceTextToString(t)).toBe(" there!");
    expect(t.length).toBe(7);
  });

  it("behaves like string splicing for any sequence of edits", () => {
    const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 5 }), insert: fc.string({ maxLength: 4 }), lie: fc.boolean() });
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(edit, { maxLength: 60 }), (start, edits) => {
        let plain = start;
        const t = pieceText(start);
        for (const e of edits) {
          const at = plain.length ? e.at % (plain.length + 1) : 0;
          const before = plain.slice(at, at + e.len);
          const claimed = e.lie ? before + "\u0000" : before;
          const applied = spliceExact(t, at, claimed, e.insert);
          if (applied !== !e.lie) return false;
          if (applied) plain = plain.slice(0, at) + e.insert + plain.slice(at + before.length);
          if (pieceTextToString(t) !== plain || t.length !== plain.length) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
