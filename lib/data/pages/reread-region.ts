import "server-only";
import sharp from "sharp";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { clampBox, regionOfLines } from "../../layers/geometry";
import type { Box, StoredLayer } from "../../layers/types";
import { getImageStore } from "../../server/storage/image-store";
import { ocrDataFor } from "../../server/ocr/ocr-languages";
import { withWarmEngine } from "../../server/ocr/warm-engine";
import { decodedPage } from "./decoded-page";
import { parseDocumentMetadata } from "../documents/document-shape";

/** Crops narrower than this are enlarged before reading: Tesseract reads small type badly. */
const MIN_READ_WIDTH = 1200;
const MAX_SCALE = 3;
/** A scan's resolution when its file does not say: typescripts are scanned at 300 dpi. */
const DEFAULT_DPI = 300;

export interface RegionReading {
  /** The text read in the region, its lines joined by "\n". */
  text: string;
  /** The region as read, cut to the image. */
  region: Box;
  words: number;
}

/**
 * Reads one region of a page image again with tesseract.js, in the language the server read the
 * document in (English for documents imported with their layers, or when the language has no data
 * here any more). Stores nothing: the caller offers the text as a replacement, an ordinary edit.
 */
export async function rereadRegion({ documentId, pageId, region }: { documentId: string; pageId: string; region: Box }): Promise<RegionReading> {
  const page = await getDb().page.findFirst({
    where: { id: pageId, documentId, document: { deletedAt: null } },
    select: { imageKey: true, imagePage: true, width: true, height: true, layer: true, document: { select: { metadata: true } } },
  });
  if (!page) throw new AppError("not_found", `Document ${documentId} has no page ${pageId}`);
  const recorded = parseDocumentMetadata(page.document.metadata).import?.ocrLanguage;
  const language = typeof recorded === "string" && ocrDataFor(recorded) ? recorded : "eng";
  const drawn = clampBox(region.map(Math.round) as unknown as Box, page.width, page.height);
  if (drawn[2] < 4 || drawn[3] < 4) throw new AppError("invalid", "Draw a box around the words to read again (it is empty or outside the page)");
  // Keep to the lines the box holds: a box cutting through a neighbouring line fed half letters.
  const layerLines = (page.layer as StoredLayer | null)?.lines ?? [];
  const box = clampBox(regionOfLines(drawn, layerLines), page.width, page.height);
  const { data, info } = await decodedPage(page);
  const scale = Math.min(MAX_SCALE, Math.max(1, MIN_READ_WIDTH / box[2]));
  // The crop is read at the scan's own resolution, enlarged as it was: without one in the file,
  // Tesseract guessed ("Invalid resolution 25 dpi. Using 70") and misjudged the type's size.
  const density = Math.round((await scanDpi(page.imageKey)) * scale);
  const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .extract({ left: box[0], top: box[1], width: box[2], height: box[3] })
    .resize(Math.round(box[2] * scale))
    .extend({ top: 20, bottom: 20, left: 20, right: 20, background: "#ffffff" })
    .png()
    .withMetadata({ density })
    .toBuffer();
  const layer = await withWarmEngine(language, (engine) => engine.read(png));
  const lines = layer.lines.map((l) => l.words.map((w) => w.text).join(" ")).filter((l) => l.trim());
  return { text: lines.join("\n"), region: box, words: layer.lines.reduce((n, l) => n + l.words.length, 0) };
}

/** The resolution the page image's file records, or DEFAULT_DPI when it records none (or a screen's 72). */
async function scanDpi(imageKey: string): Promise<number> {
  const bytes = await getImageStore().read(imageKey);
  const density = bytes ? (await sharp(bytes).metadata().catch(() => null))?.density : undefined;
  return density && density >= 100 && density <= 1200 ? density : DEFAULT_DPI;
}
