import "server-only";
import { readDocument } from "./read-document";

/** A document with its head text, raw OCR and metadata; 404 when the id is unknown or deleted. */
export async function getDocument({ id }: { id: string }) {
  const { summary, text, rawText, metadata } = await readDocument({ id });
  return { ...summary, text, rawText, metadata };
}
