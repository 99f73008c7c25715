/**
 * Runs once when the server starts: OCR jobs a restart interrupted carry on (the queue lives in
 * the database, lib/data/ocr/run-ocr-queue.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { kickOcrQueue } = await import("./lib/data/ocr/run-ocr-queue");
  kickOcrQueue();
}
