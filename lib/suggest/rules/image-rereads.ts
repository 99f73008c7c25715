// The page image as evidence: a word read again from its crop (another scale and segmentation
// mode than the page's OCR). A different reading that makes a known word is the likeliest fix; the
// same reading lowers the flag.
import type { Scan } from "../scan";
import type { Candidate, Suggestion } from "../suggestion";
import { coreOf, type Token } from "../tokens";
import { constant } from "./constant";
import type { Rule } from "./rule";

/** A word of the text read again from the page image. */
export interface ImageReading {
  start: number;
  end: number;
  text: string;
}

const EVIDENCE = "read again from the image";

/** The reading of token i, where one was made of exactly that token. */
const readingOf = (scan: Scan, i: number): ImageReading | undefined => {
  const r = scan.imageReadings.get(scan.tokens[i].start);
  return r && r.end === scan.tokens[i].end ? r : undefined;
};

/** Whether the reading's word (without the stops around it) is one the dictionary, the collection or the document knows. */
function readsAsWord(scan: Scan, reading: string): boolean {
  const core = coreOf({ text: reading, start: 0, end: reading.length });
  return !!core && /\p{L}/u.test(core.text) && scan.judge.isWord(core.text);
}

/**
 * Another rule's flag weighed against the image: the same reading lowers it (no default choice:
 * dropping such flags lost a tenth of the errors found on heavy pages); a different reading that
 * makes a known word becomes the first candidate, spanning the whole token.
 */
export function weighAgainstImage(flag: Suggestion, scan: Scan, i: number): Suggestion | null {
  const token = scan.tokens[i];
  const r = readingOf(scan, i);
  if (!r) return flag;
  // The same reading twice is no proof on a poor page (OCR misreads a word alike from one image):
  // the flag stays, without a default choice.
  if (r.text === token.text) return { ...flag, imageAgrees: true };
  if (!readsAsWord(scan, r.text)) return flag;
  // The others, widened to the token as the reading is.
  const before = token.text.slice(0, flag.start - token.start);
  const after = token.text.slice(flag.end - token.start);
  const others: Candidate[] = flag.candidates.map((c) => ({ ...c, text: before + c.text + after })).filter((c) => c.text !== r.text);
  return { ...flag, start: token.start, end: token.end, text: token.text, candidates: [{ text: r.text, score: 0.8, evidence: EVIDENCE }, ...others].slice(0, 3) };
}

export const imageRereads: Rule = {
  name: "image-rereads",
  title: "Words the page image reads otherwise",
  reasons: ["low-confidence"],
  evidence: "the word's crop read again from the page image at three times the scale, as a single word; offered first where it makes a known word",
  constants: {
    READING_DOUBT: constant(
      0.45,
      "a word no rule flagged is flagged for its reading only where the OCR was less sure of it than this",
      "heavy pages of both corpora, first three each: at 0.3 typescripts/FRUS precision 93.3/94.9 %, recall 78.8/79.9 %; at 0.45 93.1/94.6 %, 79.4/80.5 %; at 0.6 (every doubted word) 92.4/92.5 %, 81.0/81.2 % and FRUS CER after top-1 7.5 → 7.6 %",
    ),
  },
  afterSplit: true,
  // A word no other rule flagged, which the OCR doubted and the image reads as another known word.
  start: (scan) => (i) => {
    const token: Token = scan.tokens[i];
    const r = readingOf(scan, i);
    const doubt = scan.lowConfidence.get(token.start);
    if (!r || r.text === token.text || !doubt || doubt.confidence >= imageRereads.constants.READING_DOUBT.value || !readsAsWord(scan, r.text)) return null;
    return { start: token.start, end: token.end, text: token.text, reason: "low-confidence", confidence: doubt.confidence, candidates: [{ text: r.text, score: 0.7, evidence: EVIDENCE }] };
  },
};
