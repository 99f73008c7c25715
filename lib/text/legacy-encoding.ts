/** Single-byte encodings that archival text files often come in, offered when a file is not UTF-8. */
export const LEGACY_ENCODINGS = ["windows-1252", "iso-8859-1"] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

export const ENCODING_NAMES: Record<LegacyEncoding, string> = { "windows-1252": "Windows-1252", "iso-8859-1": "Latin-1 (ISO-8859-1)" };

/** Bytes that Windows-1252 leaves undefined: a file with them is not Windows-1252 text. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * The encoding to offer for bytes that are not UTF-8: Windows-1252 when every byte is defined
 * there (for bytes outside 0x80–0x9F it reads exactly as Latin-1; inside that range Latin-1
 * would give invisible C1 controls, never typed text). Null for anything else.
 */
export function suggestLegacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
  for (const b of bytes) if (b === 0 || UNDEFINED_IN_1252.has(b)) return null;
  return "windows-1252";
}

/**
 * Windows-1252's bytes 0x80–0x9F (the rest is Latin-1). Spelled out because Node 20's
 * TextDecoder("windows-1252") decodes as Latin-1 and turns “–” into a C1 control; undefined
 * bytes keep their Latin-1 control, as WHATWG's decoder does.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Decodes bytes from a legacy encoding: Latin-1 one code point per byte; Windows-1252 with its 0x80–0x9F table. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (encoding === "windows-1252" && b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)));
    parts.push(chunk.join(""));
  }
  return parts.join("");
}
