import "server-only";
import { createWorker, type Worker } from "tesseract.js";
import { readLayer } from "../../layers/read-layer";
import type { PageLayer } from "../../layers/types";
import { missingLanguageMessage, ocrDataFor } from "./ocr-languages";

export interface OcrEngine {
  /** Reads one image (PNG/JPEG bytes) into a layer; `rectangle` limits it to a region. */
  read(image: Uint8Array, options?: { rectangle?: { left: number; top: number; width: number; height: number }; onProgress?(share: number): void }): Promise<PageLayer>;
  close(): Promise<void>;
}

/**
 * A tesseract.js worker for one language, offline: the trained data comes from a package or a
 * configured folder (ocr-languages.ts), never from the network. Page segmentation mode 6 (one
 * uniform block of text): the default mode silently dropped lines of typescript pages.
 */
export async function openOcrEngine(language: string): Promise<OcrEngine> {
  const data = ocrDataFor(language);
  if (!data) throw new Error(missingLanguageMessage(language));
  let progress: ((share: number) => void) | undefined;
  const worker: Worker = await createWorker(language, 1, {
    langPath: data.langPath,
    gzip: data.gzip,
    cacheMethod: "none",
    logger: (m) => {
      if (m.status === "recognizing text") progress?.(m.progress);
    },
  });
  await worker.setParameters({ tessedit_pageseg_mode: "6" as never, preserve_interword_spaces: "0" });
  return {
    async read(image, options = {}) {
      progress = options.onProgress;
      try {
        const { data: page } = await worker.recognize(Buffer.from(image), options.rectangle ? { rectangle: options.rectangle } : {}, { hocr: true, text: false, blocks: false });
        // tesseract.js gives the hOCR of the page without the XHTML around it.
        const layer = readLayer(`<html xmlns="http://www.w3.org/1999/xhtml"><body>${page.hocr ?? ""}</body></html>`);
        if (!layer.ok) throw new Error(`tesseract.js gave hOCR that could not be read: ${layer.error.message}`);
        return { ...layer.value, source: "tesseract", format: "tesseract.js", imageName: undefined };
      } finally {
        progress = undefined;
      }
    },
    close: async () => void (await worker.terminate()),
  };
}
