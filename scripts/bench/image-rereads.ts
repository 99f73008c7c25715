// `npm run bench -- --only=rereads`: the page image as evidence. On the heavy pages of both
// corpora, imported as image + hOCR, cold: the flagged and doubted words read again from their
// crops, and what that does to precision, recall and CER; the cost per page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { LOW_CONFIDENCE } from "../../lib/layers/low-confidence";
import { placeWords } from "../../lib/layers/place-words";
import { readLayer } from "../../lib/layers/read-layer";
import { englishLexicon } from "../../lib/server/lexicon/english-lexicon";
import { openWordReader } from "../../lib/server/ocr/read-words";
import { detect } from "../../lib/suggest/detect";
import { rereadTargets } from "../../lib/suggest/reread-targets";
import { figures, type Figures } from "./suggestion-runs";
import { CORPORA, corpusDir, corpusPresent, loadLayeredPages, type LayeredPage } from "./suggestion-quality";

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const cell = (f: Figures) => `P ${pct(f.p)} R ${pct(f.r)} F1 ${f.f1.toFixed(3)} top-1 ${pct(f.top1)} CER ${pct(f.cerBefore)} → ${pct(f.cerAfter)}${f.worse ? ` (worse on ${f.worse} pages)` : ""}`;

export async function benchImageRereads({ quick }: { quick: boolean }) {
  console.log("\nThe page image as evidence (issue 23): heavy pages as image + hOCR, nothing learned, without and with the flagged and doubted words read again:");
  const lexicon = englishLexicon();
  const reader = await openWordReader("eng");
  try {
    for (const corpus of CORPORA.filter((c) => corpusPresent(c))) {
      const pages = loadLayeredPages(corpus, "heavy").slice(0, quick ? 3 : undefined);
      const readings = new Map<string, { start: number; end: number; text: string }[]>();
      let reads = 0;
      const t0 = performance.now();
      for (const page of pages) {
        const layer = readLayer(readFileSync(join(corpusDir(corpus), `${page.name}.heavy.hocr`), "utf8"));
        if (!layer.ok) throw new Error(layer.error.message);
        const words = placeWords(layer.value).lines.flatMap((l) => l.words);
        const targets = rereadTargets(words, detect(page.ocr, { lexicon, lowConfidence: page.lowConfidence }), LOW_CONFIDENCE);
        const texts = await reader.read(readFileSync(join(corpusDir(corpus), `${page.name}.heavy.png`)), targets.map((w) => w.box));
        reads += targets.length;
        readings.set(page.name, targets.map((w, k) => ({ start: w.start, end: w.end, text: texts[k] ?? "" })).filter((r) => r.text));
      }
      const ms = performance.now() - t0;
      const run = (withImage: boolean) => figures<LayeredPage>(pages, (p) => detect(p.ocr, { lexicon, lowConfidence: p.lowConfidence, imageReadings: withImage ? readings.get(p.name) : undefined }), lexicon);
      console.log(`  ${corpus} (${pages.length} pages): ${reads} words read again, ${(reads / pages.length).toFixed(0)} a page, ${(ms / pages.length / 1000).toFixed(1)} s a page (${(ms / Math.max(1, reads)).toFixed(0)} ms a word)`);
      console.log(`    without the image: ${cell(run(false))}`);
      console.log(`    with the image:    ${cell(run(true))}`);
    }
  } finally {
    await reader.close();
  }
}
