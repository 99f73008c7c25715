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
 * Sniffs the magic bytes of images and PDFs, then tells XML from other text by its first
 * non-blank character. Anything else is "text" and goes through the text importer's checks.
 */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return "tiff";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && i < 4096 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c ? "xml" : "text";
}

export const isImageKind = (kind: FileKind): kind is keyof typeof IMAGE_MIME => kind in IMAGE_MIME;
