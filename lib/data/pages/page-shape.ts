import { z } from "zod";
import { storedLayerSchema } from "../../layers/layer-schema";
import type { StoredLayer } from "../../layers/types";
import { parseJsonColumn } from "../raw-values";

/** A page's image in the image store: its file (SHA-256), the page within it, its type, upload name (display only) and size. */
export interface StoredPageImage {
  imageKey: string;
  imagePage: number;
  imageType: string;
  imageName: string;
  width: number;
  height: number;
}

/** A page as import stores it, before it has an id. */
export interface PageInput extends StoredPageImage {
  textStart: number;
  textEnd: number;
  ocrSource: StoredLayer["source"] | null;
  layer: StoredLayer | null;
  warnings: string[];
}

/** `GET /api/documents/:id/pages` items (API-CONTRACT.md). */
export interface PageSummary {
  id: string;
  index: number;
  width: number;
  height: number;
  /** The page's IIIF Image API 3 base URL; `${iiif}/info.json` describes it. */
  iiif: string;
  /** How many words the layer holds (0 without a layer). */
  words: number;
  ocr: { source: StoredLayer["source"] | null; status: "done" | "none" };
  imageName: string;
  warnings: string[];
}

/** `Page.layer`: the layer's lines and words anchored to the raw text, or null for a page without one. */
export const pageLayerColumn = storedLayerSchema.nullable();
/** `Page.warnings`: what import changed to make the layer fit. */
export const pageWarningsColumn = z.array(z.string()).nullable();

export const parsePageLayer = (value: unknown): StoredLayer | null => parseJsonColumn(pageLayerColumn, value, "Page.layer");
