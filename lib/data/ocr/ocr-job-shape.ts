import { z } from "zod";
import { pageLayerSchema } from "../../layers/layer-schema";
import type { PageLayer } from "../../layers/types";
import type { StoredPageImage } from "../documents/page-input-shape";
import { parseJsonColumn } from "../raw-values";

export type OcrStatus = "queued" | "running" | "done" | "failed" | "cancelled";

/** A page of an OCR job, as OcrJob.pages stores it. */
export interface OcrJobPage extends StoredPageImage {
  status: OcrStatus;
  /** 0–1 while it is read. */
  progress: number;
  /** The layer once read (or as uploaded, for a page that came with one). */
  layer?: PageLayer;
  layerFile?: string;
  error?: string;
}

const OCR_STATUSES = ["queued", "running", "done", "failed", "cancelled"] as const;

/** `OcrJob.pages`. */
export const ocrJobPagesColumn = z.array(z.object({
  imageKey: z.string(), imagePage: z.number().int(), imageType: z.string(), imageName: z.string(), width: z.number(), height: z.number(),
  status: z.enum(OCR_STATUSES), progress: z.number().min(0).max(1),
  layer: pageLayerSchema.optional(), layerFile: z.string().optional(), error: z.string().optional(),
}) satisfies z.ZodType<OcrJobPage>);

export const parseOcrJobPages = (value: unknown): OcrJobPage[] => parseJsonColumn(ocrJobPagesColumn, value, "OcrJob.pages");

/** What the API and the job page show: `GET /api/ocr-jobs/:id`. */
export interface OcrJobView {
  id: string;
  status: OcrStatus;
  language: string;
  title: string;
  documentId: string | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  pages: { index: number; imageName: string; status: OcrStatus; progress: number; words: number; error?: string }[];
}

export function toOcrJobView(row: { id: string; status: string; language: string; title: string; documentId: string | null; error: string | null; createdAt: Date; finishedAt: Date | null; pages: unknown }): OcrJobView {
  const pages = parseOcrJobPages(row.pages);
  return {
    id: row.id,
    status: row.status as OcrStatus,
    language: row.language,
    title: row.title,
    documentId: row.documentId,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    pages: pages.map((p, index) => ({
      index, imageName: p.imageName, status: p.status, progress: p.progress,
      words: p.layer ? p.layer.lines.reduce((n, l) => n + l.words.length, 0) : 0,
      ...(p.error ? { error: p.error } : {}),
    })),
  };
}
