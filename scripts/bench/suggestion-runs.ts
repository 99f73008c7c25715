// The measurements the suggestions bench and the constants sweep share: a detector configuration
// run over a corpus's pages, scored against the truth; false alarms on the truth itself.
import { detect, type DetectContext, type Suggestion } from "../../lib/suggest/detect";
import type { Lexicon } from "../../lib/suggest/lexicon";
import { tokenize } from "../../lib/suggest/tokens";
import { documentOf, loadLayeredPages, loadPages, loadTruths, modelFrom, precision, recall, f1, score, type CorpusName, type LayeredPage, type Level, type Page, type Quality } from "./suggestion-quality";

export interface Figures {
  p: number;
  r: number;
  f1: number;
  /** Of the errors found, the share whose first candidate is the truth. */
  top1: number;
  cerBefore: number;
  cerAfter: number;
  /** Pages where accepting every first candidate raised the CER. */
  worse: number;
  pages: number;
  byRule: Quality["byRule"];
}

export type Input = "text" | "hocr";

/** What a run needs from one corpus at one level: its pages as text and as imported with hOCR, and the models of the other documents. */
export interface CorpusLevel {
  corpus: CorpusName;
  level: Level;
  text: Page[];
  hocr: LayeredPage[];
  /** The model of every document but this page's, corrected to the truth and marked corrected. */
  othersCorrected(page: Page): ReturnType<typeof modelFrom>;
}

export function corpusLevel(corpus: CorpusName, level: Level): CorpusLevel {
  const text = loadPages(corpus, level);
  const models = new Map<string, ReturnType<typeof modelFrom>>();
  return {
    corpus,
    level,
    text,
    hocr: loadLayeredPages(corpus, level),
    othersCorrected(page) {
      const doc = documentOf(page);
      if (!models.has(doc)) models.set(doc, modelFrom(text.filter((o) => documentOf(o) !== doc)));
      return models.get(doc)!;
    },
  };
}

/** The detector over every page, as text or with the hOCR's confidences, cold or with the other documents corrected. */
export function runDetector(c: CorpusLevel, lexicon: Lexicon, { input, warm, context = {} }: { input: Input; warm: boolean; context?: DetectContext }): Figures {
  const pages: (Page & Partial<LayeredPage>)[] = input === "text" ? c.text : c.hocr;
  return figures(pages, (p) => detect(p.ocr, { lexicon, ...context, model: warm ? c.othersCorrected(p) : undefined, lowConfidence: p.lowConfidence }), lexicon);
}

export function figures<P extends Page>(pages: readonly P[], flagsOf: (page: P) => Suggestion[], lexicon: Lexicon): Figures {
  let q: Quality | undefined;
  let worse = 0;
  for (const page of pages) {
    const before = q ? q.cerAfter - q.cerBefore : 0;
    q = score(page, flagsOf(page), lexicon, q);
    if (q.cerAfter - q.cerBefore > before + 1e-12) worse++;
  }
  const p = precision(q!);
  const r = recall(q!);
  return { p, r, f1: f1(p, r), top1: q!.top1 / Math.max(1, q!.corrected), cerBefore: q!.cerBefore / pages.length, cerAfter: q!.cerAfter / pages.length, worse, pages: pages.length, byRule: q!.byRule };
}

/**
 * The detector on the ground truth itself, where every flag is a false alarm: per 1,000 words,
 * and how many would change a correct number. Nothing learned (a new collection's first document).
 */
export function falseAlarms(corpus: CorpusName, lexicon: Lexicon, context: DetectContext = {}) {
  let words = 0;
  let flags = 0;
  let numbers = 0;
  const byRule: Record<string, number> = {};
  for (const page of loadTruths(corpus)) {
    words += tokenize(page.truth).length;
    for (const f of detect(page.truth, { lexicon, ...context })) {
      flags++;
      byRule[f.rule ?? "?"] = (byRule[f.rule ?? "?"] ?? 0) + 1;
      if (/^\p{N}+$/u.test(f.text.replace(/[.,]/gu, ""))) numbers++;
    }
  }
  return { perThousand: (1000 * flags) / words, flags, words, numbers, byRule };
}
