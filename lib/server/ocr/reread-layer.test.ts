import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeWords } from "../../layers/place-words";
import type { PageLayer } from "../../layers/types";
import { englishLexicon } from "../lexicon/english-lexicon";
import { detect } from "../../suggest/detect";
import { openOcrEngine } from "./read-page-image";
import { openWordReader, type WordReader } from "./read-words";
import { rereadLayer } from "./reread-layer";

// Three typed lines ("MEMORANDUM FOR THE RECORD" / "Comrade Generalov arrived at Nishikura" / "on 21 October 1947.").
const MEMO = new Uint8Array(readFileSync(new URL("../../../test/fixtures/ocr/typed-memo.png", import.meta.url)));

let layer: PageLayer;
let reader: WordReader;
beforeAll(async () => {
  // As the server does at start: the OCR queue uses the lexicon the process built.
  englishLexicon();
  const engine = await openOcrEngine("eng");
  layer = await engine.read(MEMO);
  await engine.close();
  reader = await openWordReader("eng");
}, 60_000);
afterAll(async () => reader?.close());

/** The layer with one word as a poor scan's OCR would have read it, and doubted. */
function misread(word: string, as: string, confidence: number): PageLayer {
  return { ...layer, lines: layer.lines.map((l) => ({ ...l, words: l.words.map((w) => (w.text === word ? { ...w, text: as, confidence: { value: confidence, original: confidence * 100, scale: "percent" as const } } : w)) })) };
}

describe("reading doubtful words again from the page image", () => {
  it("reads a flagged word's crop again, and the suggestion offers that reading first", async () => {
    const poor = misread("arrived", "arived", 0.9);
    const reread = await rereadLayer(poor, MEMO, reader, "eng");
    const words = reread.lines.flatMap((l) => l.words);
    expect(words.find((w) => w.text === "arived")?.reread).toBe("arrived");
    // Nothing flagged or doubted is read again.
    expect(words.filter((w) => w.reread !== undefined).map((w) => w.text)).toEqual(["arived"]);
    const { text, lines } = placeWords(reread);
    const readings = lines.flatMap((l) => l.words).flatMap((w) => (w.reread ? [{ start: w.start, end: w.end, text: w.reread }] : []));
    const flag = detect(text, { lexicon: englishLexicon(), imageReadings: readings }).find((f) => f.text === "arived");
    expect(flag?.candidates[0]).toMatchObject({ text: "arrived", evidence: "read again from the image" });
  }, 60_000);

  it("reads a doubted word again even where no rule flags it", async () => {
    const doubted = misread("October", "October", 0.3);
    const words = (await rereadLayer(doubted, MEMO, reader, "eng")).lines.flatMap((l) => l.words);
    expect(words.find((w) => w.text === "October")?.reread).toBe("October");
  }, 60_000);
});
