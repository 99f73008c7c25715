import "server-only";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { languageName } from "./ocr-language-names";

export interface OcrData {
  langPath: string;
  gzip: boolean;
}

// Resolved from the project's own node_modules at run time: a bundler must not try to pack the
// trained data (tens of megabytes) into the server build.
const loadPackage = createRequire(path.join(process.cwd(), "package.json"));

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
    const data = loadPackage(["@tesseract.js-data", language].join("/")) as { langPath: string; gzip: boolean };
    return { langPath: data.langPath, gzip: data.gzip };
  } catch {
    return null;
  }
}

/** The message for a language with no data, naming it and what to do. */
export function missingLanguageMessage(language: string): string {
  return `There is no OCR data for ${languageName(language)} (${language}) on this server: no npm package ships it. Put ${language}.traineddata in a folder and point WORKBENCH_TESSDATA_DIR at it, or upload the pages with their OCR layer.`;
}

/** The languages this server can read, by code: the known ones with data, and any in WORKBENCH_TESSDATA_DIR. */
export function availableOcrLanguages(): string[] {
  const dir = process.env.WORKBENCH_TESSDATA_DIR;
  const fromDir = dir && existsSync(dir) ? readdirSync(dir).flatMap((f) => /^([a-z]{3}(_[a-z]+)?)\.traineddata$/.exec(f)?.[1] ?? []) : [];
  return [...new Set(["eng", "deu", "fra", "rus", ...fromDir])].filter((code) => ocrDataFor(code) !== null);
}
