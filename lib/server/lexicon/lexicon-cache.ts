import type { Lexicon } from "../../suggest/lexicon";

/**
 * Kept on globalThis, not in a module: Next bundles the server's startup hook apart from its
 * routes and pages, and the lexicon the hook builds at start should be the one they all use.
 * This module imports no dictionary, so code that Next evaluates while it builds (the OCR queue,
 * which a page imports) can ask for the lexicon without loading one.
 */
const CACHE = Symbol.for("ocr-workbench.english-lexicon");
const holder = globalThis as { [CACHE]?: Lexicon };

/** The English lexicon if this process has built it (the server does as it starts), else undefined. */
export const builtEnglishLexicon = (): Lexicon | undefined => holder[CACHE];

export function keepEnglishLexicon(lexicon: Lexicon): Lexicon {
  holder[CACHE] = lexicon;
  return lexicon;
}
