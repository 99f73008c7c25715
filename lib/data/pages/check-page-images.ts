import "server-only";
import { parsePageLayer } from "./page-shape";
import { createHash } from "node:crypto";
import { getDb } from "../../server/db";
import { pageRange } from "../../layers/page-range";
import { wordInText } from "../../layers/place-words";
import { getImageStore } from "../../server/storage/image-store";

/**
 * Checks every page: its image is in the store and its bytes hash to the key, and its layer's
 * words still spell the raw text where they are anchored (a layer that drifted from the raw
 * text would put boxes on the wrong words). Answers one message per problem. Each image file
 * is read once however many pages share it.
 */
export async function checkPageImages(): Promise<{ pages: number; problems: string[] }> {
  const store = getImageStore();
  const pages = await getDb().page.findMany({
    select: { id: true, index: true, imageKey: true, textStart: true, textEnd: true, layer: true, documentId: true, document: { select: { rawText: true } } },
    orderBy: [{ documentId: "asc" }, { index: "asc" }],
  });
  const problems: string[] = [];
  const checked = new Map<string, string | null>();
  for (const page of pages) {
    const where = `document ${page.documentId} page ${page.index + 1}`;
    if (!checked.has(page.imageKey)) {
      const bytes = await store.read(page.imageKey);
      checked.set(page.imageKey, bytes === null ? "is missing from the image store" : createHash("sha256").update(bytes).digest("hex") === page.imageKey ? null : "does not match its SHA-256");
    }
    const imageProblem = checked.get(page.imageKey);
    if (imageProblem) problems.push(`${where}: its image ${page.imageKey.slice(0, 12)}… ${imageProblem}`);
    const raw = page.document.rawText;
    const range = pageRange(raw, page.index);
    if (range.start !== page.textStart || range.end !== page.textEnd) problems.push(`${where}: its text range ${page.textStart}–${page.textEnd} is not the page's part of the raw text (${range.start}–${range.end})`);
    const layer = parsePageLayer(page.layer);
    const astray = (layer?.lines ?? []).flatMap((l) => l.words).filter((w) => raw.slice(w.start, w.end) !== wordInText(w.text));
    if (astray.length) problems.push(`${where}: ${astray.length} word box${astray.length === 1 ? "" : "es"} no longer spell the raw text where anchored (first: "${astray[0]!.text}")`);
  }
  return { pages: pages.length, problems };
}
