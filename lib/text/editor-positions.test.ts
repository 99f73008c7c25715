import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textToDoc, type DocJson } from "./editor-doc";
import { lineIndex, posToTextOffset, textOffsetToPos } from "./editor-positions";

/** A node shaped like ProseMirror's, from the editor's JSON model: atoms and characters size 1. */
function sized(doc: DocJson) {
  const size = (n: DocJson): number =>
    n.type === "text" ? (n.text ?? "").length : n.type === "pageBreak" || n.type === "lineBreak" ? 1 : (n.content ?? []).reduce((s, c) => s + size(c), 0);
  const wrap = (n: DocJson): Parameters<typeof lineIndex>[0] => ({
    type: { name: n.type },
    text: n.text,
    content: { size: size(n) },
    forEach: (fn) => (n.content ?? []).forEach((c) => fn(wrap(c))),
  });
  return wrap(doc);
}

/** ProseMirror position of each text offset, by walking the model the slow obvious way. */
function positions(doc: DocJson): number[] {
  const out: number[] = [];
  let pos = 0;
  (doc.content ?? []).forEach((block, i) => {
    if (i > 0) out.push(pos); // the "\n" between blocks sits at the end of the previous block
    pos += i > 0 ? 2 : 1;
    for (const node of block.content ?? []) {
      const units = node.type === "text" ? (node.text ?? "").length : 1;
      for (let k = 0; k < units; k++) out.push(pos++);
    }
  });
  out.push(pos);
  return out;
}

describe("text offsets and editor positions", () => {
  it("agree with a walk over the document for any text", () => {
    const chars = fc.constantFrom("a", "\n", "\f", "\t", "😀", " ");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 400 }), (a) => {
        const text = a.join("");
        const doc = textToDoc(text);
        const index = lineIndex(sized(doc));
        const expected = positions(doc);
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
    // Inside one block a line break is one position too.
    expect(textOffsetToPos(index, 5)).toBe(6);
  });
});
