import "server-only";
import { openOcrEngine, type OcrEngine } from "./read-page-image";

/** An engine stays open this long after its last use: starting one costs about a second. */
const IDLE_MS = 60_000;

const warm = globalThis as unknown as { ocrEngines?: Map<string, { engine: Promise<OcrEngine>; timer?: ReturnType<typeof setTimeout>; busy: Promise<unknown> }> };

/**
 * Runs `work` on a warm engine for `language`, one read at a time per language (a tesseract.js
 * worker reads one image at a time): a region of a page read again at a person's request, and
 * each page of an OCR job, which is a run of its own.
 */
export async function withWarmEngine<T>(language: string, work: (engine: OcrEngine) => Promise<T>): Promise<T> {
  warm.ocrEngines ??= new Map();
  let entry = warm.ocrEngines.get(language);
  if (!entry) {
    entry = { engine: openOcrEngine(language), busy: Promise.resolve() };
    entry.engine.catch(() => warm.ocrEngines!.delete(language));
    warm.ocrEngines.set(language, entry);
  }
  const mine = entry;
  if (mine.timer) clearTimeout(mine.timer);
  const run = mine.busy.catch(() => undefined).then(async () => work(await mine.engine));
  mine.busy = run;
  try {
    return await run;
  } finally {
    if (mine.timer) clearTimeout(mine.timer);
    mine.timer = setTimeout(() => {
      warm.ocrEngines?.delete(language);
      void mine.engine.then((e) => e.close());
    }, IDLE_MS);
    mine.timer.unref?.();
  }
}
