import "server-only";
import sharp from "sharp";
import { getDb } from "../../db";
import { AppError } from "../../errors";
import { clampBox } from "../../layers/geometry";
import type { Box } from "../../layers/types";
import { ocrDataFor } from "../../ocr/ocr-languages";
import { withWarmEngine } from "../../ocr/warm-engine";
import { decodedPage } from "./decoded-page";

/** Crops narrower than this are enlarged before reading: Tesseract reads small type badly. */
const MIN_READ_WIDTH = 1200;
const MAX_SCALE = 3;

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
    select: { imageKey: true, imagePage: true, width: true, height: true, document: { select: { metadata: true } } },
  });
  if (!page) throw new AppError("not_found", `Document ${documentId} has no page ${pageId}`);
  const recorded = (page.document.metadata as { import?: { ocrLanguage?: unknown } } | null)?.import?.ocrLanguage;
  const language = typeof recorded === "string" && ocrDataFor(recorded) ? recorded : "eng";
  const box = clampBox(region.map(Math.round) as unknown as Box, page.width, page.height);
  if (box[2] < 4 || box[3] < 4) throw new AppError("invalid", "Draw a box around the words to read again (it is empty or outside the page)");
  const { data, info } = await decodedPage(page);
  const scale = Math.min(MAX_SCALE, Math.max(1, MIN_READ_WIDTH / box[2]));
  const png = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .extract({ left: box[0], top: box[1], width: box[2], height: box[3] })
    .resize(Math.round(box[2] * scale))
    .extend({ top: 20, bottom: 20, left: 20, right: 20, background: "#ffffff" })
    .png()
    .toBuffer();
  const layer = await withWarmEngine(language, (engine) => engine.read(png));
  const lines = layer.lines.map((l) => l.words.map((w) => w.text).join(" ")).filter((l) => l.trim());
  return { text: lines.join("\n"), region: box, words: layer.lines.reduce((n, l) => n + l.words.length, 0) };
}
