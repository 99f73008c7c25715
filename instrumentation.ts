/**
 * Runs once when the server starts: OCR jobs a restart interrupted carry on (the queue lives in
 * the database, lib/data/ocr/run-ocr-queue.ts), and the English lexicon is built, so the first
 * document opened does not wait a second or two for its suggestions.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { kickOcrQueue } = await import("./lib/data/ocr/run-ocr-queue");
  kickOcrQueue();
  setTimeout(() => void import("./lib/lexicon/english-lexicon").then(({ englishLexicon }) => englishLexicon()), 0);
}
