/** What an uploaded file is, by its first bytes (never by its name). */
export type FileKind = "png" | "jpeg" | "tiff" | "webp" | "pdf" | "xml" | "text";

export const IMAGE_MIME: Record<"png" | "jpeg" | "tiff" | "webp", string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  tiff: "image/tiff",
  webp: "image/webp",
};

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/**
 * Sniffs the magic bytes of images and PDFs, then tells an XML layer from other text by its
 * start. Anything else is "text" and goes through the text importer's checks.
 */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return "tiff";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  return XML_LAYER.test(head) ? "xml" : "text";
}

/**
 * OCR text may itself start with "<" ("<b>" misread, a pasted tag), so XML is recognised by an
 * XML declaration or DOCTYPE first, or by a layer's root element near the top.
 */
const XML_LAYER = /^\uFEFF?\s*<(\?xml\s|!DOCTYPE\s|alto[\s>]|PcGts[\s>]|html[\s>][\s\S]*class=["']ocr_page)/;

export const isImageKind = (kind: FileKind): kind is keyof typeof IMAGE_MIME => kind in IMAGE_MIME;
