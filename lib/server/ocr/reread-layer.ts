import "server-only";
import { LOW_CONFIDENCE } from "../../layers/low-confidence";
import { placeWords } from "../../layers/place-words";
import { builtEnglishLexicon } from "../lexicon/lexicon-cache";
import type { PageLayer } from "../../layers/types";
import { detect } from "../../suggest/detect";
import { rereadTargets } from "../../suggest/reread-targets";
import type { WordReader } from "./read-words";

/**
 * The layer with its doubtful words read again from the page image: those a suggestion rule
 * flags (English pages) and those the OCR was unsure of, each given the second reading as
 * `reread`. About a third of a poor page's words, at some 50 ms a word.
 */
export async function rereadLayer(layer: PageLayer, image: Uint8Array, reader: WordReader, language: string): Promise<PageLayer> {
  const { text, lines } = placeWords(layer);
  // placeWords skips empty lines: its k-th line is the k-th line with words.
  const lineIndex = layer.lines.flatMap((l, i) => (l.words.length ? [i] : []));
  const words = lines.flatMap((l, k) => l.words.map((w, wi) => ({ ...w, li: lineIndex[k]!, wi })));
  const lowConfidence = words.flatMap((w) => (w.confidence && w.confidence.value < LOW_CONFIDENCE ? [{ start: w.start, end: w.end, confidence: w.confidence.value }] : []));
  // The lexicon the server built as it started: the OCR queue is imported by pages, where Next's
  // bundle cannot load the dictionaries' files. Without it, only the doubted words are read again.
  const lexicon = language === "eng" ? builtEnglishLexicon() : undefined;
  const flags = detect(text, { lexicon, lowConfidence });
  const targets = rereadTargets(words, flags, LOW_CONFIDENCE);
  if (!targets.length) return layer;
  const readings = await reader.read(image, targets.map((w) => w.box));
  const out = layer.lines.map((l) => ({ ...l, words: [...l.words] }));
  targets.forEach((t, k) => {
    const line = out[t.li]!;
    const word = line.words[t.wi];
    if (word && readings[k]) line.words[t.wi] = { ...word, reread: readings[k] };
  });
  return { ...layer, lines: out };
}
