import "server-only";
import { changeRegion } from "../../layers/geometry";
import { getPageWords } from "../pages/get-page-words";
import { listPageSizes } from "../pages/list-page-sizes";
import { getRevisionText } from "../revisions/revisions";

/** Widest a change's image is served: wider regions come scaled down to it. */
const IMAGE_WIDTH = 720;

export interface HunkImage {
  /** The page image's region around the change, from the IIIF service. */
  url: string;
  /** The page it is on, from 1. */
  page: number;
}

/**
 * For each change of a proposal (offsets on the text of revision `seq`, its base), the part of
 * its page image that shows the words it changes, so that a reviewer checks "rocf → roof"
 * against the scan. A document without page images, or a change off every page's words, has none.
 */
export async function hunkImages({ documentId, seq, hunks }: { documentId: string; seq: number; hunks: readonly { index: number; start: number; end: number }[] }): Promise<Map<number, HunkImage>> {
  const out = new Map<number, HunkImage>();
  const pages = await listPageSizes({ documentId });
  if (!pages.length || !hunks.length) return out;
  // Only the pages a change falls on are placed (each reads its layer): a page is the text
  // between page breaks, so a change's page is the number of breaks before it.
  const text = await getRevisionText({ documentId, seq });
  const pageOf = (offset: number) => Math.min(pages.length - 1, text.slice(0, offset).split("\f").length - 1);
  const wanted = [...new Set(hunks.map((h) => pageOf(h.start)))];
  const placed = new Map(await Promise.all(wanted.map(async (i) => [i, await getPageWords({ documentId, pageId: pages[i]!.id, seq })] as const)));
  for (const h of hunks) {
    const i = pageOf(h.start);
    const page = placed.get(i)!;
    const region = changeRegion(h, page);
    if (!region) continue;
    // Never larger than the region: the image service does not enlarge.
    const size = region[2] > IMAGE_WIDTH ? `${IMAGE_WIDTH},` : "max";
    out.set(h.index, { url: `/iiif/${page.pageId}/${region.join(",")}/${size}/0/default.jpg`, page: i + 1 });
  }
  return out;
}
