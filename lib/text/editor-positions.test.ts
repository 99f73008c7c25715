import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textToDoc, type DocJson } from "./editor-doc";
import { lineIndex, posToTextOffset, textOffsetToPos } from "./editor-positions";

/** A node shaped like ProseMirror's, from the editor's JSON model: atoms and characters size 1. */
function sized(doc: DocJson) {
  const size = (n: DocJson): number => (n.type === "text" ? (n.text ?? "").length : n.type === "pageBreak" ? 1 : (n.content ?? []).reduce((s, c) => s + size(c), 0));
  const wrap = (n: DocJson): Parameters<typeof lineIndex>[0] => ({
    type: { name: n.type },
    text: n.text,
    content: { size: size(n) },
    forEach: (fn) => (n.content ?? []).forEach((c) => fn(wrap(c))),
  });
  return wrap(doc);
}

/** ProseMirror position of each character by walking the model, the slow obvious way. */
function positions(text: string): number[] {
  const out: number[] = [];
  let pos = 1;
  for (const ch of text) {
    for (let k = 0; k < ch.length; k++) {
      if (ch === "\n") {
        out.push(pos);
        pos += 2;
      } else out.push(pos++);
    }
  }
  out.push(pos);
  return out;
}

describe("text offsets and editor positions", () => {
  it("agree with a walk over the document for any text", () => {
    const chars = fc.constantFrom("a", "\n", "\f", "\t", "😀", " ");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }), (a) => {
        const text = a.join("");
        const index = lineIndex(sized(textToDoc(text)));
        const expected = positions(text);
        for (let offset = 0; offset <= text.length; offset++) {
          if (textOffsetToPos(index, offset) !== expected[offset]) return false;
          if (posToTextOffset(index, expected[offset]) !== offset) return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("counts a page break as one position", () => {
    const index = lineIndex(sized(textToDoc("ab\fc\nd")));
    expect(textOffsetToPos(index, 3)).toBe(4);
    expect(textOffsetToPos(index, 5)).toBe(7);
  });
});
