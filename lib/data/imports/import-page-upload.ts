import "server-only";
import { maxFilePages, maxUploadPixels } from "../../config";
import { AppError, isAppError } from "../../errors";
import { inspectImage, type ImagePage } from "../../server/images/inspect-image";
import { IMAGE_MIME, isImageKind, sniffFile } from "../../server/images/sniff";
import { matchLayers } from "../../layers/match-layers";
import type { LayerProblem, PageLayer } from "../../layers/types";
import type { Result } from "../../result";
import { runInWorker } from "../../server/workers/run-in-worker";
import { getImageStore } from "../../server/storage/image-store";
import type { DocumentSummary } from "../documents/document-shape";
import type { ImportFileError, ImportTarget } from "../documents/import-shape";
import { missingLanguageMessage, ocrDataFor } from "../../server/ocr/ocr-languages";
import type { PdfPage, PdfProblem } from "../../server/pdf/read-pdf";
import { createOcrJob } from "../ocr/create-ocr-job";
import type { OcrJobView } from "../ocr/ocr-job-shape";
import { createPagedDocument } from "../pages/create-paged-document";

export interface PageUploadFile {
  name: string;
  bytes: Uint8Array;
}

export interface PageUploadOptions extends ImportTarget {
  /** The document's title; else the first image's file name. */
  title?: string;
  /** One document per image instead of one document whose pages are all the images. */
  split?: boolean;
  /** Layer file → image file, for layers whose names say nothing. */
  pairs?: ReadonlyMap<string, string>;
  /** Tesseract's language code for pages that come without a layer (default eng). */
  language?: string;
}

interface ImageUpload {
  file: string;
  bytes: Uint8Array;
  mime: string;
  pages: ImagePage[];
}

const IMAGE_EXTENSION = /\.(png|jpe?g|tiff?|webp|pdf)$/i;

/**
 * Imports page images (PNG, JPEG, TIFF with all its pages, WebP) with their hOCR, ALTO or PAGE
 * layers, and PDFs, as documents whose raw text is the pages' texts joined by "\f". Pages without
 * a layer (a scan, a PDF without text) become an OCR job instead. Every file is checked
 * before anything is stored; a document with a refused file is not stored at all, and each
 * refused file is reported by name with the reason.
 */
export async function importPageUpload(files: readonly PageUploadFile[], options: PageUploadOptions): Promise<{ items: DocumentSummary[]; errors: ImportFileError[]; jobs: OcrJobView[] }> {
  const errors: ImportFileError[] = [];
  const jobs: OcrJobView[] = [];
  const language = options.language ?? "eng";
  const refuse = (file: string, e: AppError) => errors.push({ file, code: String(e.details.reason ?? e.code), status: e.status, message: e.message });
  const images: ImageUpload[] = [];
  const layers: { file: string; layer: PageLayer; imageName?: string }[] = [];
  const pdfs: PageUploadFile[] = [];
  for (const f of files) {
    try {
      const kind = sniffFile(f.bytes);
      if (isImageKind(kind)) images.push({ file: f.name, bytes: f.bytes, mime: IMAGE_MIME[kind], pages: await readImage(f) });
      else if (kind === "xml") {
        const layer = await readLayerFile(f);
        layers.push({ file: f.name, layer, imageName: layer.imageName });
      } else if (kind === "pdf") {
        pdfs.push(f);
      } else {
        throw new AppError("unsupported_type", `${f.name} holds text, not ${IMAGE_EXTENSION.test(f.name) ? "the image its name suggests" : "an image or an OCR layer"}`, { reason: "image_unreadable" });
      }
    } catch (e) {
      if (!isAppError(e)) throw e;
      refuse(f.name, e);
    }
  }
  const pixels = images.reduce((n, i) => n + i.pages.reduce((m, p) => m + p.width * p.height, 0), 0);
  if (pixels > maxUploadPixels()) {
    throw new AppError("too_large", `These images hold ${(pixels / 1e6).toLocaleString("en", { maximumFractionDigits: 0 })} megapixels in all; one upload may hold ${(maxUploadPixels() / 1e6).toLocaleString("en")} (WORKBENCH_MAX_UPLOAD_PIXELS): send them in several uploads`, { reason: "image_too_large" });
  }
  images.sort((a, b) => a.file.localeCompare(b.file, undefined, { numeric: true }));
  const match = matchLayers(images, layers, options.pairs);
  for (const u of match.unmatched) {
    refuse(layers[u.layer]!.file, new AppError("invalid", `${layers[u.layer]!.file}: ${u.message}`, { reason: "layer_unmatched" }));
  }
  if (images.length === 0 && pdfs.length === 0 && errors.length === 0) {
    throw new AppError("bad_request", "Send at least one page image with the layers", { reason: "layer_unmatched" });
  }
  const groups = options.split ? images.map((image) => [image]) : images.length ? [images] : [];
  const items: DocumentSummary[] = [];
  for (const group of groups) {
    const groupFiles = new Set(group.map((i) => i.file));
    const layerFiles = group.map((i) => match.layerOf[images.indexOf(i)]).flatMap((li) => (li === null || li === undefined ? [] : [layers[li]!.file]));
    // A document is stored whole or not at all: any refused file of its own, or (when all images
    // make one document) any refused file of the upload, keeps it out.
    const blocked = errors.some((e) => !options.split || groupFiles.has(e.file) || layerFiles.includes(e.file));
    if (blocked || group.length === 0) continue;
    try {
      const sources = group.flatMap((image) => {
        const layer = pickLayer(match.layerOf[images.indexOf(image)], layers);
        if (layer && image.pages.length > 1) {
          throw new AppError("invalid", `${layer.file}: one layer cannot cover the ${image.pages.length} pages of ${image.file}`, { reason: "multiple_pages", file: layer.file });
        }
        return image.pages.map((page) => ({ image, page, layer }));
      });
      const title = (options.split ? "" : options.title?.trim()) || titleOf(group[0]!.file);
      const made = await storeDocument(sources, { ...options, title, language });
      if ("job" in made) jobs.push(made.job);
      else items.push(made.document);
    } catch (e) {
      if (!isAppError(e)) throw e;
      refuse(typeof e.details.file === "string" ? e.details.file : group[0]!.file, e);
    }
  }
  // A PDF is a document of its own: its pages rendered, its text layer read where it has one.
  for (const pdf of pdfs) {
    try {
      const read = await readPdfInWorker(pdf);
      if (!read.ok) throw new AppError(read.error.reason === "pdf_too_many_pages" || read.error.reason === "pdf_too_large" ? "too_large" : "invalid", `${pdf.name}: ${read.error.message}`, { reason: read.error.reason });
      const sources = read.value.map((page, i) => ({
        image: { file: `${pdf.name} p. ${i + 1}`, bytes: page.png, mime: "image/png", pages: [] },
        page: { page: 0, width: page.width, height: page.height },
        layer: page.layer ? { file: pdf.name, layer: page.layer } : null,
      }));
      const title = (pdfs.length === 1 && images.length === 0 ? options.title?.trim() : "") || titleOf(pdf.name);
      const made = await storeDocument(sources, { ...options, title, language, fileName: pdf.name, byteLength: pdf.bytes.length });
      if ("job" in made) jobs.push(made.job);
      else items.push(made.document);
    } catch (e) {
      if (!isAppError(e)) throw e;
      refuse(pdf.name, e);
    }
  }
  return { items, errors, jobs };
}

interface PageToStore {
  image: { file: string; bytes: Uint8Array; mime: string };
  page: ImagePage;
  layer: { file: string; layer: PageLayer } | null;
}

/**
 * Stores the images and makes the document, or, when some page has no layer, queues the pages
 * for OCR (the document is made when they are read). Nothing is stored for a language the
 * server cannot read.
 */
async function storeDocument(
  sources: readonly PageToStore[],
  options: PageUploadOptions & { title: string; language: string; fileName?: string; byteLength?: number },
): Promise<{ document: DocumentSummary } | { job: OcrJobView }> {
  const unread = sources.find((s) => !s.layer);
  if (unread && !ocrDataFor(options.language)) {
    throw new AppError("invalid", `${unread.image.file} has no OCR layer, and it cannot be read here: ${missingLanguageMessage(options.language)}`, { reason: "needs_ocr", file: unread.image.file });
  }
  const store = getImageStore();
  const keys = new Map<Uint8Array, string>();
  for (const { image } of sources) if (!keys.has(image.bytes)) keys.set(image.bytes, await store.put(image.bytes));
  const pageOf = ({ image, page }: PageToStore) => ({
    imageKey: keys.get(image.bytes)!, imagePage: page.page, imageType: image.mime, imageName: image.file, width: page.width, height: page.height,
  });
  if (unread) {
    // Pages without a layer are read in the background; the document is made when they are.
    return {
      job: await createOcrJob({
        title: options.title, language: options.language, collectionId: options.collectionId ?? null, authorId: options.authorId,
        pages: sources.map((s) => ({ ...pageOf(s), ...(s.layer ? { layer: s.layer.layer, layerFile: s.layer.file } : {}) })),
      }),
    };
  }
  return {
    document: await createPagedDocument({
      authorId: options.authorId,
      collectionId: options.collectionId,
      title: options.title,
      sources: sources.map((s) => ({ ...pageOf(s), layer: s.layer!.layer, layerFile: s.layer!.file })),
      fileName: options.fileName ?? sources[0]!.image.file,
      byteLength: options.byteLength ?? [...new Set(sources.map((s) => s.image.bytes))].reduce((n, b) => n + b.length, 0),
      rereadLanguage: options.language,
    }),
  };
}

async function readImage(f: PageUploadFile): Promise<ImagePage[]> {
  const inspected = await inspectImage(f.bytes, { maxPages: maxFilePages() });
  if (inspected.ok) return inspected.value;
  const code = inspected.error.reason === "image_unreadable" ? "invalid" : "too_large";
  throw new AppError(code, `${f.name}: ${inspected.error.message}`, { reason: inspected.error.reason });
}

/**
 * Wall time one layer file may take to parse, in a worker. A 22 MB hOCR of 200,000 words (near
 * the 25 MB upload limit) parses in about 1.2 s here; the budget leaves a slow machine room and
 * still answers a hostile file within seconds.
 */
export const LAYER_PARSE_BUDGET_MS = 20_000;

async function readLayerFile(f: PageUploadFile): Promise<PageLayer> {
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(f.bytes);
  } catch {
    throw new AppError("invalid", `${f.name}: it is not valid UTF-8`, { reason: "invalid_utf8" });
  }
  const run = await runInWorker<Result<PageLayer, LayerProblem>>({ module: "lib/layers/read-layer.ts", exportName: "readLayer", args: [source], budgetMs: LAYER_PARSE_BUDGET_MS });
  if (!run.ok) throw new AppError("invalid", `${f.name}: it could not be read within the limits (${run.message})`, { reason: "xml_timeout" });
  const read = run.value;
  if (!read.ok) throw new AppError("invalid", `${f.name}: ${read.error.message}`, { reason: read.error.reason });
  return read.value;
}

/**
 * Wall time one PDF may take to read and render in a worker: a typescript page renders in well
 * under a second here, so 500 of them fit; a file that loops (a page tree that refers to itself)
 * is stopped.
 */
export const PDF_READ_BUDGET_MS = 300_000;

/** Reads a PDF off the event loop; a worker that runs out of time or memory, or crashes, is an unreadable PDF. */
async function readPdfInWorker(pdf: PageUploadFile): Promise<Result<PdfPage[], PdfProblem>> {
  const run = await runInWorker<Result<PdfPage[], PdfProblem>>({ module: "lib/server/pdf/read-pdf.ts", exportName: "readPdf", args: [pdf.bytes], budgetMs: PDF_READ_BUDGET_MS, maxHeapMb: 2048 });
  return run.ok ? run.value : { ok: false, error: { reason: "pdf_unreadable", message: `it could not be read within the limits (${run.message})` } };
}

function pickLayer(index: number | null | undefined, layers: readonly { file: string; layer: PageLayer }[]) {
  return index === null || index === undefined ? null : layers[index]!;
}

function titleOf(file: string): string {
  return file.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, "").trim() || "Untitled";
}
