import type { WordTerm } from "./query";
import type { NearWord } from "./fuzzy";
import { wordSpans } from "./words";

/** Where a query matched, in UTF-16 offsets of the text searched. */
export interface Span {
  start: number;
  end: number;
  /** OCR-tolerant hits: how many edits from the query word. */
  distance?: number;
}

/** At most this many characters of the line are shown on either side of a hit. */
export const CONTEXT_CHARS = 60;

/**
 * Where each term of a words query occurs: the folded words of the text compared one by one,
 * a phrase as consecutive words, so that hits agree with the word index. In text order.
 */
export function wordHits(text: string, terms: readonly WordTerm[]): Span[] {
  const spans = wordSpans(text);
  const hits: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    for (const term of terms) {
      const n = term.words.length;
      if (i + n > spans.length) continue;
      const matches = term.words.every((w, k) =>
        k === n - 1 && term.prefix ? spans[i + k].folded.startsWith(w) : spans[i + k].folded === w,
      );
      if (matches) {
        hits.push({ start: spans[i].start, end: spans[i + n - 1].end });
        break;
      }
    }
  }
  return hits;
}

/** Every word of the text that is one of the near words, with its distance. */
export function fuzzyHits(text: string, near: ReadonlyMap<string, NearWord>): Span[] {
  return wordSpans(text).flatMap((s) => {
    const found = near.get(s.folded);
    return found ? [{ start: s.start, end: s.end, distance: found.distance }] : [];
  });
}

/**
 * The hit's line on either side of it, cut to CONTEXT_CHARS at a space where one is near, so
 * a result reads as the sentence it sits in.
 */
export function hitContext(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1), text.lastIndexOf("\f", start - 1)) + 1;
  let lineEnd = text.length;
  for (const mark of ["\n", "\f"]) {
    const at = text.indexOf(mark, end);
    if (at >= 0 && at < lineEnd) lineEnd = at;
  }
  let from = Math.max(lineStart, start - CONTEXT_CHARS);
  if (from > lineStart) from = nextSpace(text, from, start);
  let to = Math.min(lineEnd, end + CONTEXT_CHARS);
  if (to < lineEnd) to = previousSpace(text, to, end);
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

function nextSpace(text: string, from: number, limit: number) {
  const at = text.indexOf(" ", from);
  return at >= 0 && at < limit ? at + 1 : from;
}

function previousSpace(text: string, to: number, limit: number) {
  const at = text.lastIndexOf(" ", to);
  return at > limit ? at : to;
}

/** Which text a hit is in: the accepted text at a revision, or the raw OCR. */
export type HitField = "text" | "raw";

/**
 * A hit's id: the document, the text and revision it was found in, and its offsets. Stable as
 * long as those are, so that a changeset can name the hits a person left out.
 */
export function hitId(documentId: string, field: HitField, seq: number, start: number, end: number): string {
  return `${documentId}:${field === "text" ? `t${seq}` : "r"}:${start}-${end}`;
}

export function parseHitId(id: string): { documentId: string; field: HitField; seq: number | null; start: number; end: number } | null {
  const m = /^([^:]+):(t(\d+)|r):(\d+)-(\d+)$/.exec(id);
  if (!m) return null;
  return { documentId: m[1], field: m[2] === "r" ? "raw" : "text", seq: m[3] === undefined ? null : Number(m[3]), start: Number(m[4]), end: Number(m[5]) };
}
