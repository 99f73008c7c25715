import { z } from "zod";
import type { AnchoredLine, PageLayer, StoredLayer } from "./types";

/**
 * The word-box model of ./types.ts as zod schemas, for reading layers back from JSON columns
 * (Page.layer, OcrJob.pages): what was written by this code is checked, not trusted.
 */
const box = z.tuple([z.number(), z.number(), z.number(), z.number()]).readonly();
const confidence = z.object({ value: z.number(), original: z.number(), scale: z.enum(["unit", "alto-cc", "percent"]) });
const hyphenation = z.object({ part: z.union([z.literal(1), z.literal(2)]), full: z.string().optional(), mark: z.string().optional() });
const word = z.object({
  text: z.string(), box, id: z.string().optional(), confidence: confidence.optional(), charConfidences: z.array(z.number()).optional(),
  hyphenation: hyphenation.optional(), reread: z.string().optional(),
});
const offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const line = z.object({ box, id: z.string().optional(), block: z.string().optional(), words: z.array(word) });
const source = z.enum(["hocr", "alto", "page", "pdf", "tesseract"]);

export const pageLayerSchema: z.ZodType<PageLayer> = z.object({
  source, format: z.string(), width: z.number(), height: z.number(), imageName: z.string().optional(), lines: z.array(line),
}) satisfies z.ZodType<PageLayer>;

export const storedLayerSchema: z.ZodType<StoredLayer> = z.object({
  source,
  format: z.string(),
  lines: z.array(line.extend({ ...offsets, words: z.array(word.extend(offsets)) }) satisfies z.ZodType<AnchoredLine>),
  reread: z.literal(true).optional(),
});

