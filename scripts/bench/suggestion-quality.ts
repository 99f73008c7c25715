// Suggestion quality against the corpora's ground truth: each OCR token is aligned to the true
// text; an error is a token that differs from its true token. Every corpus under ../shared/corpus
// with page files (NAME.pK.gt.txt, .light.txt, .heavy.txt, .hocr) is measured the same way.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { characterErrorRate } from "../../lib/metrics/cer";
import { alignChangedTokens } from "../../lib/suggest/align-tokens";
import type { Suggestion } from "../../lib/suggest/detect";
import type { Lexicon } from "../../lib/suggest/lexicon";
import { emptyModel, lessonOf, mergeModels, vouchedWords, type SuggestModel } from "../../lib/suggest/model";
import { coreOf, tokenize, type Token } from "../../lib/suggest/tokens";
import { lowConfidenceWords } from "../../lib/layers/low-confidence";
import { placeWords } from "../../lib/layers/place-words";
import { readLayer } from "../../lib/layers/read-layer";

const SHARED = new URL("../../../shared/corpus/", import.meta.url).pathname;
/** The corpora, measured side by side: the fictional typescripts the rules grew on, and real FRUS documents. */
export const CORPORA = ["typescripts", "frus"] as const;
export type CorpusName = (typeof CORPORA)[number];
export type Level = "light" | "heavy";
export const corpusDir = (corpus: CorpusName) => join(SHARED, corpus);

export interface Page {
  /** "DOC.pK": the document is what comes before ".pK". */
  name: string;
  ocr: string;
  truth: string;
}

export const documentOf = (page: Pick<Page, "name">) => page.name.replace(/\.p\d+$/u, "");

export const corpusPresent = (corpus: CorpusName = "typescripts") => existsSync(corpusDir(corpus)) && pageNames(corpus).length > 0;

export function pageNames(corpus: CorpusName): string[] {
  return readdirSync(corpusDir(corpus)).filter((f) => f.endsWith(".gt.txt")).map((f) => f.slice(0, -".gt.txt".length)).sort();
}

export function loadPages(corpus: CorpusName, level: Level): Page[] {
  const dir = corpusDir(corpus);
  return pageNames(corpus).map((name) => ({ name, ocr: readFileSync(join(dir, `${name}.${level}.txt`), "utf8"), truth: readFileSync(join(dir, `${name}.gt.txt`), "utf8") }));
}

/** The ground truth of every page: clean text, on which every flag is a false alarm. */
export function loadTruths(corpus: CorpusName): Page[] {
  return loadPages(corpus, "light").map((p) => ({ ...p, ocr: p.truth }));
}

/** A page as the workbench imports it with its hOCR: the text its words make, and the words Tesseract doubted. */
export interface LayeredPage extends Page {
  lowConfidence: { start: number; end: number; confidence: number }[];
}

export function loadLayeredPages(corpus: CorpusName, level: Level): LayeredPage[] {
  return loadPages(corpus, level).map((page) => {
    const layer = readLayer(readFileSync(join(corpusDir(corpus), `${page.name}.${level}.hocr`), "utf8"));
    if (!layer.ok) throw new Error(`${page.name}.${level}.hocr: ${layer.error.message}`);
    const { text, lines } = placeWords(layer.value);
    return { ...page, ocr: text, lowConfidence: lowConfidenceWords(text, text, [{ index: 0, layer: { source: "hocr", format: "hocr", lines } }]) };
  });
}

export interface Quality {
  tp: { nonWord: number; realWord: number };
  fp: { nonWord: number; realWord: number };
  fn: { nonWord: number; realWord: number };
  top1: number;
  top3: number;
  corrected: number;
  cerBefore: number;
  cerAfter: number;
  /** Errors found and false alarms, by the rule that flagged them. */
  byRule: Record<string, { tp: number; fp: number }>;
}

const emptyQuality = (): Quality => ({ tp: { nonWord: 0, realWord: 0 }, fp: { nonWord: 0, realWord: 0 }, fn: { nonWord: 0, realWord: 0 }, top1: 0, top3: 0, corrected: 0, cerBefore: 0, cerAfter: 0, byRule: {} });

/** Flags of one page scored against the truth; CERs are summed per page (averaged by the caller). */
export function score(page: Page, flags: Suggestion[], lexicon: Lexicon, into = emptyQuality()): Quality {
  const tokens = tokenize(page.ocr);
  const truthOf = new Map<number, string>();
  for (const p of alignChangedTokens(page.ocr, page.truth)) if (p.from) truthOf.set(p.from.start, p.to?.text ?? "");
  const tokenAt = (offset: number) => tokens.find((t) => t.start <= offset && offset < t.end);
  const flagged = new Map<Token, Suggestion>();
  for (const f of flags) {
    const t = tokenAt(f.start);
    if (t && !flagged.has(t)) flagged.set(t, f);
  }
  for (const t of tokens) {
    const core = coreOf(t);
    const kind = core && lexicon.has(core.text) ? "realWord" : "nonWord";
    const isError = truthOf.has(t.start);
    const f = flagged.get(t);
    if (f) {
      const r = (into.byRule[f.rule ?? "?"] ??= { tp: 0, fp: 0 });
      if (isError) r.tp++;
      else r.fp++;
    }
    if (f && isError) {
      into.tp[kind]++;
      const fixes = f.candidates.map((c) => t.text.slice(0, f.start - t.start) + c.text + t.text.slice(f.end - t.start));
      if (fixes[0] === truthOf.get(t.start)) into.top1++;
      if (fixes.slice(0, 3).includes(truthOf.get(t.start)!)) into.top3++;
      into.corrected++;
    } else if (f) into.fp[kind]++;
    else if (isError) into.fn[kind]++;
  }
  into.cerBefore += characterErrorRate(page.truth, page.ocr);
  into.cerAfter += characterErrorRate(page.truth, acceptTop(page.ocr, flags));
  return into;
}

/** The text with every flag's first candidate accepted. */
export function acceptTop(text: string, flags: Suggestion[]): string {
  let out = text;
  for (const f of [...flags].sort((a, b) => b.start - a.start)) if (f.candidates[0]) out = out.slice(0, f.start) + f.candidates[0].text + out.slice(f.end);
  return out;
}

export const precision = (q: Quality) => (q.tp.nonWord + q.tp.realWord) / Math.max(1, q.tp.nonWord + q.tp.realWord + q.fp.nonWord + q.fp.realWord);
export const recall = (q: Quality) => (q.tp.nonWord + q.tp.realWord) / Math.max(1, q.tp.nonWord + q.tp.realWord + q.fn.nonWord + q.fn.realWord);
export const kindPrecision = (q: Quality, k: "nonWord" | "realWord") => q.tp[k] / Math.max(1, q.tp[k] + q.fp[k]);
export const kindRecall = (q: Quality, k: "nonWord" | "realWord") => q.tp[k] / Math.max(1, q.tp[k] + q.fn[k]);
export const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** The model a collection would hold after these pages were corrected to their truth and marked corrected. */
export function modelFrom(pages: Page[]): SuggestModel {
  return pages.reduce((m, p) => mergeModels(mergeModels(m, lessonOf(p.ocr, p.truth)), vouchedWords(p.truth)), emptyModel());
}

/**
 * The misreadings one corrected document teaches that recur in the others: for each document, the
 * error tokens of the other documents whose true word the document's corrections restored. Found:
 * those the detector flags in the others once that document is corrected (`model`); `same` counts
 * only the tokens misread exactly as the corrected document's OCR had them.
 */
export function recurringMisreadings(taught: readonly Page[], others: readonly Page[], flagsOf: (page: Page) => Suggestion[]) {
  const restored = new Map<string, Set<string>>();
  for (const p of taught) {
    for (const c of alignChangedTokens(p.ocr, p.truth)) {
      const truth = c.to && coreOf(c.to);
      const read = c.from && coreOf(c.from);
      if (!truth || !read || truth.text === read.text) continue;
      if (!restored.has(truth.text)) restored.set(truth.text, new Set());
      restored.get(truth.text)!.add(read.text);
    }
  }
  const tally = { found: 0, errors: 0, sameFound: 0, same: 0 };
  for (const page of others) {
    const flags = flagsOf(page);
    for (const c of alignChangedTokens(page.ocr, page.truth)) {
      const truth = c.to && coreOf(c.to);
      const read = c.from && coreOf(c.from);
      if (!truth || !read || !c.from || truth.text === read.text || !restored.has(truth.text)) continue;
      const hit = flags.some((f) => f.start < c.from!.end && f.end > c.from!.start);
      tally.errors++;
      if (hit) tally.found++;
      if (restored.get(truth.text)!.has(read.text)) {
        tally.same++;
        if (hit) tally.sameFound++;
      }
    }
  }
  return tally;
}
