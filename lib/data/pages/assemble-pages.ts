import "server-only";
import { AppError } from "../../errors";
import { fitLayer } from "../../layers/fit-layer";
import { placeWords } from "../../layers/place-words";
import type { PageLayer, StoredLayer } from "../../layers/types";
import type { PageInput, StoredPageImage } from "../documents/page-input-shape";

/** One page to store: its image (already in the image store) and the layer read for it. */
export interface PageSource extends StoredPageImage {
  layer: PageLayer;
  /** The file the layer came from, named in errors (the image's own name for OCR). */
  layerFile: string;
}

/**
 * Lays the pages' texts end to end with "\f" between them and anchors each layer's words to
 * that text: the raw text and the pages of one document. A layer that does not fit its image
 * is refused (AppError naming the layer's file in `details.file`).
 */
export function assemblePages(sources: readonly PageSource[]): { text: string; pages: PageInput[] } {
  let text = "";
  const pages: PageInput[] = [];
  for (const source of sources) {
    if (pages.length > 0) text += "\f";
    const fitted = fitLayer(source.layer, source.width, source.height);
    if (!fitted.ok) throw new AppError("invalid", `${source.layerFile}: ${fitted.error.message}`, { reason: fitted.error.reason, file: source.layerFile });
    const placed = placeWords(fitted.value.layer, text.length);
    const start = text.length;
    text += placed.text;
    const stored: StoredLayer = { source: fitted.value.layer.source, format: fitted.value.layer.format, lines: placed.lines };
    pages.push({
      imageKey: source.imageKey, imagePage: source.imagePage, imageType: source.imageType, imageName: source.imageName,
      width: source.width, height: source.height, textStart: start, textEnd: text.length,
      ocrSource: stored.source, layer: stored, warnings: fitted.value.warnings,
    });
  }
  return { text, pages };
}
