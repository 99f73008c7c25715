import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonToText, LINES_PER_BLOCK, textToDoc } from "./editor-doc";

describe("editor document model", () => {
  it("keeps tabs, runs of spaces, blank lines and page breaks", () => {
    const text = "COUNTRY\tUSSR\t\tREPORT\n\n\n   indented  twice\f\fnext page\n\f\n";
    expect(jsonToText(textToDoc(text))).toBe(text);
  });

  it("turns each form feed into a page-break node", () => {
    expect(textToDoc("a\fb")).toEqual({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "a" }, { type: "pageBreak" }, { type: "text", text: "b" }] }],
    });
  });

  it("groups lines into paragraphs joined by line breaks", () => {
    const text = Array.from({ length: 100 }, (_, i) => (i % 7 ? `line ${i}` : "")).join("\n");
    const doc = textToDoc(text);
    expect(doc.content).toHaveLength(Math.ceil(100 / LINES_PER_BLOCK));
    expect(doc.content?.[0].content?.filter((n) => n.type === "lineBreak")).toHaveLength(LINES_PER_BLOCK - 1);
    expect(jsonToText(doc)).toBe(text);
  });

  it("round-trips any text byte for byte", () => {
    const chars = fc.constantFrom("a", " ", "\t", "\n", "\f", "é", "😀", "\u0301", "<", "&", "\u000b");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 300 }), (a) => {
        const text = a.join("");
        return jsonToText(textToDoc(text)) === text;
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips the sample report", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../../samples/csdb-18851.ocr.txt", import.meta.url), "utf8");
    expect(jsonToText(textToDoc(text))).toBe(text);
  });
});
