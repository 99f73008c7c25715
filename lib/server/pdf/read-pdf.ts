import "server-only";
import { maxFilePages, maxUploadPixels } from "../../config";
import { createRequire } from "node:module";
import path from "node:path";
import { err, ok, type Result } from "../../result";
import type { PageLayer } from "../../layers/types";
import { textItemsToLayer, type PlacedRun } from "./text-items-to-layer";

/** Pages are rendered at this resolution: enough for OCR and for reading on screen. */
const RENDER_DPI = 200;

/**
 * A page larger than this at RENDER_DPI is rendered smaller, to this many pixels: A1 at 200 dpi
 * is 31 megapixels, a typescript page 4. A PDF page can claim any size (4 pages of 14,400 pt
 * square took 17.6 s and 1.5 GB at the image limit of 100 megapixels).
 */
export const MAX_PDF_PAGE_PIXELS = 25_000_000;

export interface PdfPage {
  width: number;
  height: number;
  png: Uint8Array;
  /** The words of the page's text layer, or null for a scanned page without one. */
  layer: PageLayer | null;
}

export interface PdfProblem {
  reason: "pdf_encrypted" | "pdf_too_many_pages" | "pdf_too_large" | "pdf_unreadable";
  message: string;
}


// pdf.js's standard fonts, read from the package at run time (not bundled).
const pdfjsDir = () => path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve("pdfjs-dist/package.json"));

/**
 * Renders each page of a PDF to PNG with pdf.js (Apache-2.0) and reads its text layer, if it has
 * one, into words with boxes. An encrypted PDF and one over the page limit are refused before
 * any page is rendered. Scripts in the PDF are never run (isEvalSupported: false, no XFA).
 */
export async function readPdf(bytes: Uint8Array): Promise<Result<PdfPage[], PdfProblem>> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: `${path.join(pdfjsDir(), "standard_fonts")}/`,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === "PasswordException") return err({ reason: "pdf_encrypted", message: "it is encrypted with a password; save an unprotected copy and upload that" });
    return err({ reason: "pdf_unreadable", message: `it could not be read as a PDF (${String((e as Error).message ?? e).slice(0, 160)})` });
  }
  try {
    if (doc.numPages > maxFilePages()) {
      return err({ reason: "pdf_too_many_pages", message: `it has ${doc.numPages} pages; the limit is ${maxFilePages()} (WORKBENCH_MAX_PAGES)` });
    }
    // Every page's size is known before any is rendered, so that the whole is capped first.
    const scales: number[] = [];
    let pixels = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const base = (await doc.getPage(n)).getViewport({ scale: 1 });
      const area = base.width * base.height;
      if (!(area > 0)) return err({ reason: "pdf_unreadable", message: `its page ${n} has no size` });
      const scale = Math.min(RENDER_DPI / 72, Math.sqrt(MAX_PDF_PAGE_PIXELS / area));
      scales.push(scale);
      pixels += area * scale * scale;
    }
    if (pixels > maxUploadPixels()) {
      return err({ reason: "pdf_too_large", message: `its pages would render to ${Math.round(pixels / 1e6).toLocaleString("en")} megapixels; the limit is ${(maxUploadPixels() / 1e6).toLocaleString("en")} (WORKBENCH_MAX_UPLOAD_PIXELS)` });
    }
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const scale = scales[n - 1]!;
      const viewport = page.getViewport({ scale });
      const width = Math.floor(viewport.width), height = Math.floor(viewport.height);
      const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: { toBuffer(type: string): Buffer }; context: unknown } };
      const target = factory.create(width, height);
      await page.render({ canvasContext: target.context as never, canvas: target.canvas as never, viewport, background: "#ffffff" }).promise;
      const png = new Uint8Array(target.canvas.toBuffer("image/png"));
      const content = await page.getTextContent();
      const runs: PlacedRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str.trim()) continue;
        // The run's origin (left end of its baseline) in viewport pixels; its height from the text matrix.
        const [x, baseline] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]) as [number, number];
        const fontHeight = Math.hypot(item.transform[2], item.transform[3]) * scale;
        runs.push({ text: item.str, x, baseline, width: item.width * scale, height: fontHeight });
      }
      const layer = textItemsToLayer(runs, width, height);
      pages.push({ width, height, png, layer: layer.lines.length > 0 ? layer : null });
      page.cleanup();
    }
    return ok(pages);
  } catch (e) {
    // A broken structure found while reading pages (a page tree that refers to itself, say).
    return err({ reason: "pdf_unreadable", message: `its pages could not be read (${String((e as Error).message ?? e).slice(0, 160)})` });
  } finally {
    await doc.destroy();
  }
}
