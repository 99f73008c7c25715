// Which words of a page are worth reading again from the image: those a rule flags and those the
// OCR doubted. Reading every word would cost a page twenty seconds; these are a third of them at most.
import type { Suggestion } from "./suggestion";

/** The words (by their span in the page text) to read again: flagged, or doubted. */
export function rereadTargets<W extends { start: number; end: number; confidence?: { value: number } }>(words: readonly W[], flags: readonly Suggestion[], doubted: number): W[] {
  return words.filter((w) => (w.confidence !== undefined && w.confidence.value < doubted) || flags.some((f) => f.start < w.end && w.start < f.end));
}
