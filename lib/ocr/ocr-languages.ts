import "server-only";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** Tesseract's language codes the workbench names in messages. */
const LANGUAGE_NAMES: Record<string, string> = { eng: "English", rus: "Russian", deu: "German", fra: "French", jpn: "Japanese", ukr: "Ukrainian" };
export const languageName = (code: string) => LANGUAGE_NAMES[code] ?? code;

export interface OcrData {
  langPath: string;
  gzip: boolean;
}

const require = createRequire(import.meta.url);

/**
 * Where the trained data for `language` lives, with no network: an `@tesseract.js-data/<code>`
 * package from the npm registry (eng is a dependency), or a `<code>.traineddata` in the folder
 * WORKBENCH_TESSDATA_DIR names (e.g. Debian's /usr/share/tesseract-ocr/5/tessdata for rus, which
 * no registry package ships). Null when there is none: the caller refuses, naming the language.
 */
export function ocrDataFor(language: string): OcrData | null {
  if (!/^[a-z]{3}(_[a-z]+)?$/.test(language)) return null;
  const dir = process.env.WORKBENCH_TESSDATA_DIR;
  if (dir && existsSync(path.join(dir, `${language}.traineddata`))) return { langPath: dir, gzip: false };
  try {
    const data = require(`@tesseract.js-data/${language}`) as { langPath: string; gzip: boolean };
    return { langPath: data.langPath, gzip: data.gzip };
  } catch {
    return null;
  }
}

/** The message for a language with no data, naming it and what to do. */
export function missingLanguageMessage(language: string): string {
  return `There is no OCR data for ${languageName(language)} (${language}) on this server: no npm package ships it. Put ${language}.traineddata in a folder and point WORKBENCH_TESSDATA_DIR at it, or upload the pages with their OCR layer.`;
}
