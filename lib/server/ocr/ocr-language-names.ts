/** Tesseract's language codes the workbench names in messages. */
const LANGUAGE_NAMES: Record<string, string> = { eng: "English", rus: "Russian", deu: "German", fra: "French", jpn: "Japanese", ukr: "Ukrainian" };

export const languageName = (code: string) => LANGUAGE_NAMES[code] ?? code;
