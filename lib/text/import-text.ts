import { err, ok, type Result } from "../result";
import { LONE_SURROGATE } from "../revisions/surrogates";
import { decodeLegacy, ENCODING_NAMES, suggestLegacyEncoding, type LegacyEncoding } from "./legacy-encoding";
import { findInvalidUtf8 } from "./utf8";

/** Default size limit of one document, in bytes of UTF-8 (overridable by WORKBENCH_MAX_DOCUMENT_BYTES). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export type TextProblem =
  | { code: "invalid_utf8"; message: string; offset: number; suggestedEncoding?: LegacyEncoding }
  | { code: "binary_content"; message: string }
  | { code: "empty_text"; message: string }
  | { code: "too_large"; message: string }
  | { code: "lone_surrogate"; message: string };

/** What import normalised, kept in the document's metadata. */
export interface ImportFacts {
  fileName?: string;
  byteLength: number;
  bomStripped: boolean;
  /** Line endings rewritten to \n: CRLF pairs and lone CRs. The only normalisation. */
  lineEndings: { crlf: number; cr: number };
  /** The file's encoding when it was converted to UTF-8 at the importer's request. */
  convertedFrom?: LegacyEncoding;
  /** Tesseract's language code, when the server read the pages (re-reading a region uses it too). */
  ocrLanguage?: string;
}

export interface ImportedText {
  text: string;
  facts: ImportFacts;
}

const BOM = "\uFEFF";

/** C0 controls other than tab, LF, VT, FF and CR; ESC too, which typescript OCR never emits. */
const CONTROL = /[\x01-\x08\x0E-\x1F\x7F]/g;
/** Above this share of control characters a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.05;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Checks text that arrives as a string (JSON body, editor save): size, NUL and binary
 * content, lone surrogates and emptiness. Text is not normalised here: a save stores
 * exactly what the editor sent.
 */
export function checkText(text: string, maxBytes = DEFAULT_MAX_DOCUMENT_BYTES, label = "text"): TextProblem | null {
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    return { code: "too_large", message: `${label} is larger than the limit of ${maxBytes} bytes` };
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return { code: "binary_content", message: `${label} contains a NUL character at offset ${nul}` };
  const controls = text.slice(0, 65536).match(CONTROL)?.length ?? 0;
  if (controls > MAX_CONTROL_SHARE * Math.min(text.length, 65536)) {
    return { code: "binary_content", message: `${label} looks like binary data, not text` };
  }
  const lone = text.search(LONE_SURROGATE);
  if (lone >= 0) return { code: "lone_surrogate", message: `${label} has an unpaired surrogate at offset ${lone}` };
  if (text.trim() === "") return { code: "empty_text", message: `${label} is empty` };
  return null;
}

/** Rewrites CRLF and lone CR to LF, counting each. */
export function normalizeLineEndings(text: string): { text: string; crlf: number; cr: number } {
  let crlf = 0;
  let cr = 0;
  const out = text.replace(/\r\n?/g, (m) => {
    if (m.length === 2) crlf++;
    else cr++;
    return "\n";
  });
  return { text: out, crlf, cr };
}

/** Turns text from a JSON body into normalised document text. */
export function importText(input: string, maxBytes = DEFAULT_MAX_DOCUMENT_BYTES, label = "text"): Result<ImportedText, TextProblem> {
  const bomStripped = input.startsWith(BOM);
  const body = bomStripped ? input.slice(1) : input;
  const problem = checkText(body, maxBytes, label);
  if (problem) return err(problem);
  const { text, crlf, cr } = normalizeLineEndings(body);
  return ok({ text, facts: { byteLength: utf8Length(input), bomStripped, lineEndings: { crlf, cr } } });
}

/**
 * Decodes an uploaded file: size first (before decoding), then UTF-8 validity with the byte
 * offset of the first bad sequence, then the checks of importText. A file that is not UTF-8 is
 * refused with the legacy encoding it reads as; converting it takes an explicit `encoding`.
 */
export function importFile(bytes: Uint8Array, fileName: string, maxBytes = DEFAULT_MAX_DOCUMENT_BYTES, encoding?: LegacyEncoding): Result<ImportedText, TextProblem> {
  if (bytes.length > maxBytes) {
    return err({ code: "too_large", message: `${fileName} is ${bytes.length} bytes, over the limit of ${maxBytes}` });
  }
  if (bytes.includes(0)) {
    return err({ code: "binary_content", message: `${fileName} contains NUL bytes: it is binary, not text` });
  }
  const bad = encoding ? -1 : findInvalidUtf8(bytes);
  if (bad >= 0) {
    const suggested = suggestLegacyEncoding(bytes);
    const offer = suggested ? `; it reads as ${ENCODING_NAMES[suggested]}, and can be imported converted from it` : "";
    return err({ code: "invalid_utf8", offset: bad, message: `${fileName} is not valid UTF-8 (first bad byte at offset ${bad})${offer}`, ...(suggested ? { suggestedEncoding: suggested } : {}) });
  }
  const decoded = encoding ? decodeLegacy(bytes, encoding) : new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const result = importText(decoded, maxBytes, fileName);
  if (!result.ok) return result;
  return ok({ text: result.value.text, facts: { ...result.value.facts, fileName, byteLength: bytes.length, ...(encoding ? { convertedFrom: encoding } : {}) } });
}

/** A readable title from a file name: "csdb-18851.ocr.txt" → "csdb-18851.ocr". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.txt$/i, "").trim() || "Untitled";
}
