import type { SearchMode } from "./query";

export interface Coverage {
  documentsSearched: number;
  uncorrected: number;
  total: number;
  complete: boolean;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * The line above the results, which never lets partial results pass for complete ones: how many
 * documents were searched, how many of them are still uncorrected OCR (where a word may be
 * misspelled past finding), and what to try then.
 */
export function coverageLine(c: Coverage, mode: SearchMode): string {
  const found = c.total === 0 ? "no document matches" : `${count(c.total, "document")} ${c.total === 1 ? "matches" : "match"}`;
  const parts = [`Searched ${count(c.documentsSearched, "document")}${c.complete ? "" : " so far"}: ${found}`];
  if (c.uncorrected > 0) {
    const all = c.uncorrected === c.documentsSearched;
    const which = all ? (c.uncorrected === 1 ? "it is" : "all are") : `${c.uncorrected.toLocaleString("en")} ${c.uncorrected === 1 ? "is" : "are"}`;
    parts.push(`${which} not yet corrected, so ${c.uncorrected === 1 ? "its" : "their"} OCR may hide matches${mode === "fuzzy" ? "" : "; try OCR-tolerant mode"}`);
  }
  return `${parts.join("; ")}.`;
}
