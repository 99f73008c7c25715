import "server-only";
import { changeRegion } from "../../layers/geometry";
import { getPageWords } from "../pages/get-page-words";
import { listPageSizes } from "../pages/list-page-sizes";

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
  const placed = await Promise.all(pages.map((p) => getPageWords({ documentId, pageId: p.id, seq })));
  for (const h of hunks) {
    for (const [i, page] of placed.entries()) {
      if (h.start < page.start || h.start > page.end) continue;
      const region = changeRegion(h, page);
      if (!region) continue;
      // Never larger than the region: the image service does not enlarge.
      const size = region[2] > IMAGE_WIDTH ? `${IMAGE_WIDTH},` : "max";
      out.set(h.index, { url: `/iiif/${page.pageId}/${region.join(",")}/${size}/0/default.jpg`, page: i + 1 });
      break;
    }
  }
  return out;
}
