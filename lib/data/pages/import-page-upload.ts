import "server-only";
import { maxDocumentBytes } from "../../config";
import { AppError, isAppError } from "../../errors";
import { inspectImage, type ImagePage } from "../../images/inspect-image";
import { IMAGE_MIME, isImageKind, sniffFile } from "../../images/sniff";
import { fitLayer } from "../../layers/fit-layer";
import { matchLayers } from "../../layers/match-layers";
import { placeWords } from "../../layers/place-words";
import { readLayer } from "../../layers/read-layer";
import type { PageLayer, StoredLayer } from "../../layers/types";
import { getImageStore } from "../../storage/image-store";
import { checkText } from "../../text/import-text";
import { createDocument } from "../documents/create-document";
import type { DocumentSummary } from "../documents/document-shape";
import type { ImportFileError, ImportTarget } from "../documents/import-documents";
import { textProblemError } from "../documents/text-problem";
import type { PageInput } from "./page-shape";

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
 * layers as documents whose raw text is the pages' texts joined by "\f". Every file is checked
 * before anything is stored; a document with a refused file is not stored at all, and each
 * refused file is reported by name with the reason.
 */
export async function importPageUpload(files: readonly PageUploadFile[], options: PageUploadOptions): Promise<{ items: DocumentSummary[]; errors: ImportFileError[] }> {
  const errors: ImportFileError[] = [];
  const refuse = (file: string, e: AppError) => errors.push({ file, code: String(e.details.reason ?? e.code), status: e.status, message: e.message });
  const images: ImageUpload[] = [];
  const layers: { file: string; layer: PageLayer; imageName?: string }[] = [];
  for (const f of files) {
    try {
      const kind = sniffFile(f.bytes);
      if (isImageKind(kind)) images.push({ file: f.name, bytes: f.bytes, mime: IMAGE_MIME[kind], pages: await readImage(f) });
      else if (kind === "xml") {
        const layer = readLayerFile(f);
        layers.push({ file: f.name, layer, imageName: layer.imageName });
      } else if (kind === "pdf") {
        throw new AppError("unsupported_type", `${f.name} is a PDF, which this version cannot import yet; export its pages as images`, { reason: "pdf_unsupported" });
      } else {
        throw new AppError("unsupported_type", `${f.name} holds text, not ${IMAGE_EXTENSION.test(f.name) ? "the image its name suggests" : "an image or an OCR layer"}`, { reason: "image_unreadable" });
      }
    } catch (e) {
      if (!isAppError(e)) throw e;
      refuse(f.name, e);
    }
  }
  images.sort((a, b) => a.file.localeCompare(b.file, undefined, { numeric: true }));
  const match = matchLayers(images, layers, options.pairs);
  for (const u of match.unmatched) {
    refuse(layers[u.layer]!.file, new AppError("invalid", `${layers[u.layer]!.file}: ${u.message}`, { reason: "layer_unmatched" }));
  }
  if (images.length === 0 && errors.length === 0) {
    throw new AppError("bad_request", "Send at least one page image with the layers", { reason: "layer_unmatched" });
  }
  const groups = options.split ? images.map((image) => [image]) : [images];
  const items: DocumentSummary[] = [];
  for (const group of groups) {
    const groupFiles = new Set(group.map((i) => i.file));
    const layerFiles = group.map((i) => match.layerOf[images.indexOf(i)]).flatMap((li) => (li === null || li === undefined ? [] : [layers[li]!.file]));
    // A document is stored whole or not at all: any refused file of its own, or (when all images
    // make one document) any refused file of the upload, keeps it out.
    const blocked = errors.some((e) => !options.split || groupFiles.has(e.file) || layerFiles.includes(e.file));
    if (blocked || group.length === 0) continue;
    try {
      const pages = buildPages(group.map((image) => ({ image, layer: pickLayer(match.layerOf[images.indexOf(image)], layers) })));
      const problem = checkText(pages.text, maxDocumentBytes(), group[0]!.file);
      if (problem) throw textProblemError(problem);
      const store = getImageStore();
      const keys = await Promise.all(group.map((image) => store.put(image.bytes)));
      const stored = pages.pages.map((p) => ({ ...p, imageKey: keys[group.findIndex((g) => g.file === p.imageName)]! }));
      items.push(await createDocument({
        ...options,
        title: (options.split ? "" : options.title?.trim()) || titleOf(group[0]!.file),
        text: pages.text,
        facts: { fileName: group[0]!.file, byteLength: group.reduce((n, g) => n + g.bytes.length, 0), bomStripped: false, lineEndings: { crlf: 0, cr: 0 } },
        pages: stored,
      }));
    } catch (e) {
      if (!isAppError(e)) throw e;
      refuse(typeof e.details.file === "string" ? e.details.file : group[0]!.file, e);
    }
  }
  return { items, errors };
}

async function readImage(f: PageUploadFile): Promise<ImagePage[]> {
  const inspected = await inspectImage(f.bytes);
  if (inspected.ok) return inspected.value;
  const code = inspected.error.reason === "image_too_large" ? "too_large" : "invalid";
  throw new AppError(code, `${f.name}: ${inspected.error.message}`, { reason: inspected.error.reason });
}

function readLayerFile(f: PageUploadFile): PageLayer {
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(f.bytes);
  } catch {
    throw new AppError("invalid", `${f.name}: it is not valid UTF-8`, { reason: "invalid_utf8" });
  }
  const read = readLayer(source);
  if (!read.ok) throw new AppError("invalid", `${f.name}: ${read.error.message}`, { reason: read.error.reason });
  return read.value;
}

function pickLayer(index: number | null | undefined, layers: readonly { file: string; layer: PageLayer }[]) {
  return index === null || index === undefined ? null : layers[index]!;
}

/**
 * Lays the pages' texts end to end with "\f" between them and anchors each layer's words to
 * that text. A page without a layer has no text here (OCR fills it in).
 */
function buildPages(sources: { image: ImageUpload; layer: { file: string; layer: PageLayer } | null }[]): { text: string; pages: Omit<PageInput, "imageKey">[] } {
  let text = "";
  const pages: Omit<PageInput, "imageKey">[] = [];
  for (const { image, layer } of sources) {
    if (!layer) {
      throw new AppError("invalid", `${image.file} has no OCR layer; upload its hOCR, ALTO or PAGE XML with it`, { reason: "needs_ocr", file: image.file });
    }
    if (layer && image.pages.length > 1) {
      throw new AppError("invalid", `${layer.file}: one layer cannot cover the ${image.pages.length} pages of ${image.file}`, { reason: "multiple_pages", file: layer.file });
    }
    for (const page of image.pages) {
      if (pages.length > 0) text += "\f";
      const fitted = fitLayer(layer.layer, page.width, page.height);
      if (!fitted.ok) throw new AppError("invalid", `${layer.file}: ${fitted.error.message}`, { reason: fitted.error.reason, file: layer.file });
      const placed = placeWords(fitted.value.layer, text.length);
      const start = text.length;
      text += placed.text;
      const stored: StoredLayer = { source: fitted.value.layer.source, format: fitted.value.layer.format, lines: placed.lines };
      pages.push({
        imagePage: page.page, imageType: image.mime, imageName: image.file, width: page.width, height: page.height,
        textStart: start, textEnd: text.length, ocrSource: stored.source, layer: stored, warnings: fitted.value.warnings,
      });
    }
  }
  return { text, pages };
}

function titleOf(file: string): string {
  return file.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, "").trim() || "Untitled";
}
