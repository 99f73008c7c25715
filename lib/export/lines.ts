import { strToU8, zipSync } from "fflate";
import { pageTexts } from "./page-words";
import type { ExportDocument } from "./types";

// OCR training data: each line of the page images as a PNG with its accepted text beside it,
// NAME.png + NAME.gt.txt in one folder: the layout Kraken (ketos train), Calamari and
// tesseract's tesstrain (data/MODEL-ground-truth/) all read.

/** The zip's entries: `p0001_l0003.png` and `p0001_l0003.gt.txt` for line 3 of page 1. */
export function toLines(doc: ExportDocument): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const { page, lines } of pageTexts(doc)) {
    const crops = doc.lineImages?.[page.index] ?? [];
    for (const { words, index } of lines) {
      const png = crops[index];
      // The text as it stands between the line's first and last word (tabs and spaced columns kept).
      const text = doc.text.slice(words[0]!.start, words.at(-1)!.end).replace(/[\n\f]+/g, " ");
      if (!png || png.length === 0 || !text.trim()) continue;
      const name = `p${String(page.index + 1).padStart(4, "0")}_l${String(index + 1).padStart(4, "0")}`;
      files[`${name}.png`] = png;
      files[`${name}.gt.txt`] = strToU8(`${text}\n`);
    }
  }
  // PNGs are compressed already; deflating them again costs time for nothing.
  return zipSync(files, { level: 6, mem: 4 });
}
