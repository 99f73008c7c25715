import { crc32 } from "node:zlib";
import sharp from "sharp";

/** A white page with dark bars where the words are, so that tiles and crops have something to show. */
export async function pageImage({ width = 600, height = 400, boxes = [] as (readonly [number, number, number, number])[], format = "png" as "png" | "jpeg" | "webp" | "tiff" } = {}) {
  const bars = boxes.map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#222"/>`).join("");
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${bars}</svg>`);
  const img = sharp(svg);
  return new Uint8Array(await (format === "png" ? img.png() : format === "jpeg" ? img.jpeg() : format === "webp" ? img.webp() : img.tiff()).toBuffer());
}

/** A multi-page TIFF of `pages` blank pages. */
export async function multiPageTiff(pages: number, width = 300, height = 200) {
  const page = await sharp({ create: { width, height, channels: 3, background: "#fff" } }).png().toBuffer();
  return new Uint8Array(await sharp(Array(pages).fill(page), { join: { animated: true } }).tiff().toBuffer());
}

/**
 * A decompression bomb: a valid PNG header declaring width × height pixels, followed by a tiny
 * IDAT. Nothing may decode it; the declared size alone must get it refused.
 */
export function pngBomb(width = 50_000, height = 50_000) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // grayscale
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk("IEND", Buffer.alloc(0)),
  ]));
}

/** ALTO v4 for one page: each line is [words], each word gets the next box in `boxes`. */
export function altoFor(imageName: string, width: number, height: number, lines: { text: string; box: readonly [number, number, number, number]; wc?: number }[][]) {
  const strings = lines.map((words, li) => {
    const xs = words.map((w) => w.box);
    const x0 = Math.min(...xs.map((b) => b[0])), y0 = Math.min(...xs.map((b) => b[1]));
    const x1 = Math.max(...xs.map((b) => b[0] + b[2])), y1 = Math.max(...xs.map((b) => b[1] + b[3]));
    const body = words.map((w, wi) => `<String ID="s${li}_${wi}" HPOS="${w.box[0]}" VPOS="${w.box[1]}" WIDTH="${w.box[2]}" HEIGHT="${w.box[3]}" CONTENT="${w.text}"${w.wc === undefined ? "" : ` WC="${w.wc}"`}/>`).join("<SP/>");
    return `<TextLine ID="l${li}" HPOS="${x0}" VPOS="${y0}" WIDTH="${x1 - x0}" HEIGHT="${y1 - y0}">${body}</TextLine>`;
  }).join("\n");
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Description><MeasurementUnit>pixel</MeasurementUnit><sourceImageInformation><fileName>${imageName}</fileName></sourceImageInformation></Description>
<Layout><Page ID="p1" WIDTH="${width}" HEIGHT="${height}" PHYSICAL_IMG_NR="1"><PrintSpace HPOS="0" VPOS="0" WIDTH="${width}" HEIGHT="${height}"><TextBlock ID="b1">
${strings}
</TextBlock></PrintSpace></Page></Layout></alto>`);
}

/** A two-line memo page: its words, boxes and confidences. */
export const MEMO_LINES = [
  [{ text: "Comrade", box: [20, 20, 140, 30] as const, wc: 0.95 }, { text: "Genserslov", box: [180, 20, 200, 30] as const, wc: 0.41 }],
  [{ text: "Kuzma", box: [20, 80, 110, 30] as const, wc: 0.9 }, { text: "N.", box: [150, 80, 40, 30] as const, wc: 0.8 }, { text: "Derevyanko", box: [210, 80, 220, 30] as const, wc: 0.88 }],
];

/** Tesseract-style hOCR for one page, lines of words with boxes and x_wconf. */
export function hocrFor(imageName: string, width: number, height: number, lines: { text: string; box: readonly [number, number, number, number]; wc?: number }[][]) {
  const bbox = ([x, y, w, h]: readonly number[]) => `bbox ${x} ${y} ${x! + w!} ${y! + h!}`;
  const body = lines.map((words, li) => {
    const x0 = Math.min(...words.map((w) => w.box[0])), y0 = Math.min(...words.map((w) => w.box[1]));
    const x1 = Math.max(...words.map((w) => w.box[0] + w.box[2])), y1 = Math.max(...words.map((w) => w.box[1] + w.box[3]));
    const spans = words.map((w, wi) => `<span class='ocrx_word' id='word_${li}_${wi}' title='${bbox(w.box)}; x_wconf ${Math.round((w.wc ?? 0.9) * 100)}'>${w.text.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</span>`).join(" ");
    return `<span class='ocr_line' id='line_${li}' title="${bbox([x0, y0, x1 - x0, y1 - y0])}">${spans}</span>`;
  }).join("\n");
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title></head><body>
<div class='ocr_page' id='page_1' title='image "${imageName}"; ${bbox([0, 0, width, height])}'><div class='ocr_carea' id='block_1'><p class='ocr_par'>
${body}
</p></div></div></body></html>`);
}

/**
 * The words of test/fixtures/ocr/typed-memo.png (900 × 220) with their boxes as Tesseract found
 * them, "Generalov" misread as "Genserslov": a layer to correct against the image.
 */
export const TYPED_MEMO_LINES = [
  [{ text: "MEMORANDUM", box: [31, 38, 178, 22] as const }, { text: "FOR", box: [232, 38, 51, 22] as const }, { text: "THE", box: [302, 38, 51, 22] as const }, { text: "RECORD", box: [375, 38, 105, 22] as const }],
  [{ text: "Comrade", box: [32, 92, 123, 23] as const }, { text: "Genserslov", box: [176, 92, 159, 23] as const, wc: 0.41 }, { text: "arrived", box: [357, 92, 122, 23] as const }, { text: "at", box: [502, 94, 31, 21] as const }, { text: "Nishikura", box: [556, 92, 158, 23] as const }],
  [{ text: "on", box: [32, 153, 32, 17] as const }, { text: "21", box: [86, 148, 32, 22] as const }, { text: "October", box: [140, 148, 124, 22] as const }, { text: "1947.", box: [285, 148, 81, 22] as const }],
];
