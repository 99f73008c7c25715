import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { blankPdf, encryptedPdf, imagePdf, textPdf } from "../../../test/pdfs";
import { readPdf } from "./read-pdf";

describe("readPdf", () => {
  it("renders each page and reads its text layer into lines of words with boxes", async () => {
    const result = await readPdf(await textPdf([["MEMORANDUM FOR THE RECORD", "Comrade Genserslov arrived"], ["Page two"]]));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toHaveLength(2);
    const [first] = result.value;
    // Letter size at 200 dpi.
    expect([first!.width, first!.height]).toEqual([1700, 2200]);
    expect((await sharp(first!.png).metadata()).format).toBe("png");
    expect(first!.layer!.lines.map((l) => l.words.map((w) => w.text).join(" "))).toEqual(["MEMORANDUM FOR THE RECORD", "Comrade Genserslov arrived"]);
    // Courier 12 pt is 7.2 pt a character: "Comrade " puts "Genserslov" 8 characters right of 72 pt, at 200 dpi.
    const gen = first!.layer!.lines[1]!.words[1]!;
    expect(gen.box[0]).toBeCloseTo(((72 + 8 * 7.2) * 200) / 72, -1);
    expect(gen.box[2]).toBeCloseTo((10 * 7.2 * 200) / 72, -1);
    expect(gen.box[1]).toBeGreaterThan(((792 - 702 - 12) * 200) / 72 - 10);
  });

  it("gives a scanned page no layer", async () => {
    const png = new Uint8Array(readFileSync(new URL("../../../test/fixtures/ocr/typed-memo.png", import.meta.url)));
    const result = await readPdf(await imagePdf([png]));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value[0]!.layer).toBeNull();
  });

  it("refuses an encrypted PDF, one over the page limit, and one that is not a PDF, with the reason", async () => {
    expect(await readPdf(encryptedPdf())).toMatchObject({ ok: false, error: { reason: "pdf_encrypted", message: expect.stringContaining("encrypted") } });
    const started = performance.now();
    expect(await readPdf(await blankPdf(2000))).toMatchObject({ ok: false, error: { reason: "pdf_too_many_pages", message: expect.stringContaining("2000 pages; the limit is 500") } });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(await readPdf(new TextEncoder().encode("%PDF-1.4\ngarbage"))).toMatchObject({ ok: false, error: { reason: "pdf_unreadable" } });
  });
});
