import { z } from "zod";
import { storedLayerSchema } from "../../layers/layer-schema";
import type { StoredLayer } from "../../layers/types";
import type { LineAt, WordAt } from "../../layers/words-at";
import { parseJsonColumn } from "../raw-values";

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
  /** Where the page's correction stands: not_started | in_progress | done | checked. */
  status: string;
}

/** `Page.layer`: the layer's lines and words anchored to the raw text, or null for a page without one. */
export const pageLayerColumn = storedLayerSchema.nullable();
/** `Page.warnings`: what import changed to make the layer fit. */
export const pageWarningsColumn = z.array(z.string()).nullable();

export const parsePageLayer = (value: unknown): StoredLayer | null => parseJsonColumn(pageLayerColumn, value, "Page.layer");

/** `GET /api/documents/:id/pages/:pageId/words`: a page's words at a revision. */
export interface PageWords {
  pageId: string;
  seq: number;
  width: number;
  height: number;
  /** The page's part of the revision's text, [start, end) in UTF-16 units. */
  start: number;
  end: number;
  lines: LineAt[];
  words: WordAt[];
}
