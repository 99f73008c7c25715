import { describe, expect, it } from "vitest";
import { parseChangesetEdits, parseChangesetSkipped } from "./changesets/changeset-shape";
import { parseDocumentMetadata } from "./documents/document-shape";
import { parseEntityVariants } from "./entities/entity-shape";
import { parseOcrJobPages } from "./ocr/ocr-job-shape";
import { parsePageLayer } from "./pages/page-shape";

const LAYER = { source: "hocr", format: "hocr", lines: [{ box: [0, 0, 10, 10], start: 0, end: 4, words: [{ text: "Memo", box: [0, 0, 10, 10], start: 0, end: 4, reread: "Memo" }] }] };

describe("JSON columns, each read through its schema", () => {
  it("read back what the code writes, from Prisma (parsed) and from plain SQL (text)", () => {
    for (const stored of [LAYER, JSON.stringify(LAYER)]) expect(parsePageLayer(stored)).toEqual(LAYER);
    expect(parsePageLayer(null)).toBeNull();
    expect(parseChangesetSkipped(null)).toEqual([]);
    expect(parseEntityVariants('["Generalov","Generalow"]')).toEqual(["Generalov", "Generalow"]);
    expect(parseDocumentMetadata({ import: { fileName: "a.txt", byteLength: 3, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } } }).import?.fileName).toBe("a.txt");
    expect(parseDocumentMetadata(null)).toEqual({});
    const page = { imageKey: "k", imagePage: 0, imageType: "image/png", imageName: "p.png", width: 9, height: 9, status: "done", progress: 1, layer: { ...LAYER, width: 9, height: 9, lines: [] } };
    expect(parseOcrJobPages([page])).toEqual([page]);
  });

  it("answer a damaged row with a 500 that names the column and what does not fit, never a wrong shape", () => {
    const broken = { ...LAYER, lines: [{ ...LAYER.lines[0], words: [{ text: "Memo", box: [0, 0, 10] }] }] };
    expect(() => parsePageLayer(broken)).toThrow(expect.objectContaining({ status: 500, message: expect.stringMatching(/^Page\.layer does not hold what it should \(lines\.0\.words\.0\.box/) }));
    expect(() => parseChangesetEdits([{ hitId: "h", start: -1, end: 2, before: "a", after: "b", lineBefore: "", lineAfter: "" }])).toThrow(/ChangesetDocument\.edits .*start/);
    expect(() => parseEntityVariants({ not: "a list" })).toThrow(/Entity\.variants/);
    expect(() => parseOcrJobPages([{ status: "lost" }])).toThrow(/OcrJob\.pages/);
  });
});
