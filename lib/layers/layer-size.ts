import type { LayerProblem, PageLayer } from "./types";

/**
 * Words one page's layer may hold. A dense broadsheet page in ALTO has some 10,000–15,000 words
 * and a typescript page 300–500; a layer is stored as one JSON value, which the database client
 * serialises on the event loop (about 65 ms per 1,000 words measured here), so a 200,000-word
 * layer held every request for over 30 s even once parsed in a worker.
 */
export const MAX_PAGE_WORDS = 20_000;

/** The problem with a layer over MAX_PAGE_WORDS, or null when it is within it. */
export function layerSizeProblem(layer: Pick<PageLayer, "lines">): LayerProblem | null {
  const words = layer.lines.reduce((n, l) => n + l.words.length, 0);
  return words > MAX_PAGE_WORDS ? { reason: "xml_limit", message: `its page has ${words.toLocaleString("en")} words; one page may have ${MAX_PAGE_WORDS.toLocaleString("en")} (the limit)` } : null;
}
