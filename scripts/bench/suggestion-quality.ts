// Suggestion quality against the typescript corpus's ground truth: each OCR token is aligned to
// the true text; an error is a token that differs from its true token. The detector is measured
// beside a plain spellchecker (nspell) over the same tokens, in the same run.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { characterErrorRate } from "../../lib/metrics/cer";
import { alignChangedTokens } from "../../lib/suggest/align-tokens";
import { detect, type Suggestion } from "../../lib/suggest/detect";
import type { Lexicon } from "../../lib/suggest/lexicon";
import { emptyModel, lessonOf, mergeModels, vouchedWords, type SuggestModel } from "../../lib/suggest/model";
import { coreOf, tokenize, type Token } from "../../lib/suggest/tokens";
import { lowConfidenceWords } from "../../lib/layers/low-confidence";
import { placeWords } from "../../lib/layers/place-words";
import { readLayer } from "../../lib/layers/read-layer";

export const CORPUS = new URL("../../../shared/corpus/typescripts/", import.meta.url).pathname;
export const PAGES = ["ts01-1947.p1", "ts02-1949.p1", "ts03-1951.p1", "ts04-1952.p1", "ts05-1954.p1", "ts06-1956.p1", "ts06-1956.p2"];
export type Level = "light" | "heavy";

export interface Page {
  name: string;
  ocr: string;
  truth: string;
}

export const corpusPresent = () => existsSync(join(CORPUS, `${PAGES[0]}.gt.txt`));

export function loadPages(level: Level): Page[] {
  return PAGES.map((name) => ({ name, ocr: readFileSync(join(CORPUS, `${name}.${level}.txt`), "utf8"), truth: readFileSync(join(CORPUS, `${name}.gt.txt`), "utf8") }));
}

/** A page as the workbench imports it with its hOCR: the text its words make, and the words Tesseract doubted. */
export interface LayeredPage extends Page {
  lowConfidence: { start: number; end: number; confidence: number }[];
}

export function loadLayeredPages(level: Level): LayeredPage[] {
  return loadPages(level).map((page) => {
    const layer = readLayer(readFileSync(join(CORPUS, `${page.name}.${level}.hocr`), "utf8"));
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
}

const emptyQuality = (): Quality => ({ tp: { nonWord: 0, realWord: 0 }, fp: { nonWord: 0, realWord: 0 }, fn: { nonWord: 0, realWord: 0 }, top1: 0, top3: 0, corrected: 0, cerBefore: 0, cerAfter: 0 });

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

/** Words of the names that recur across the corpus's reports (its README lists them). */
export const RECURRING_NAMES = new Set(
  "lomakin sukhovey bryzgalov zaretskaya durnev kurahashi hoshida otsuka wendling kornmesser brennecke nishikura kanazaki ovrazhnyy kikusui svetloye shirane vostokexport wittenrode hagenfurt ozernogorsk orlenbach sergeyevich timofeyevich konstantinovich mikhaylovna fomich arkadiy lidiya yevgeniy".split(" "),
);

const nameKey = (w: string) => w.toLowerCase().replace(/[^a-z]/g, "");

/** The words of these pages' truth, as nameRecall compares names. */
export const namesIn = (pages: readonly Page[]): ReadonlySet<string> => new Set(pages.flatMap((t) => tokenize(t.truth).map((k) => nameKey(coreOf(k)?.text ?? ""))));

/**
 * Recall over the error tokens whose true word is a recurring name; with `only` (namesIn of the
 * corrected pages), only names those contain: the target's "once one document containing them is
 * corrected".
 */
export function nameRecall(page: Page, flags: Suggestion[], only?: ReadonlySet<string>): { found: number; errors: number } {
  let found = 0;
  let errors = 0;
  for (const p of alignChangedTokens(page.ocr, page.truth)) {
    const truth = p.to && coreOf(p.to);
    const key = truth && nameKey(truth.text);
    if (!p.from || !key || !RECURRING_NAMES.has(key) || (only && !only.has(key))) continue;
    errors++;
    if (flags.some((f) => f.start < p.from!.end && f.end > p.from!.start)) found++;
  }
  return { found, errors };
}
