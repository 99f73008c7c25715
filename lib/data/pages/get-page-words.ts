import "server-only";
import { parsePageLayer, type PageWords } from "./page-shape";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import { pageRange } from "../../layers/page-range";
import { wordsAtText, type LineAt, type WordAt } from "../../layers/words-at";
import { readDocument } from "../documents/read-document";
import { getRevisionText } from "../revisions/revisions";


/**
 * A page's words at revision `seq` (the head by default), with boxes: the raw layer mapped to
 * that revision's text through the same mapping annotations follow (lib/layers/words-at). The
 * page's part of the text is found by its "\f" count, so a page break the revision kept keeps
 * its page's words with it.
 */
export async function getPageWords({ documentId, pageId, seq }: { documentId: string; pageId: string; seq?: number }): Promise<PageWords> {
  const { summary, text: headText, rawText } = await readDocument({ id: documentId });
  const page = await getDb().page.findFirst({ where: { id: pageId, documentId }, select: { index: true, width: true, height: true, layer: true } });
  if (!page) throw new AppError("not_found", `Document ${documentId} has no page ${pageId}`);
  const at = seq ?? summary.headSeq;
  const text = at === summary.headSeq ? headText : await getRevisionText({ documentId, seq: at });
  const range = pageRange(text, page.index);
  const layer = parsePageLayer(page.layer);
  const mapped = layer ? wordsAtText(rawText, text, layer.lines, range) : { words: [], lines: [] };
  return { pageId, seq: at, width: page.width, height: page.height, ...range, ...mapped };
}
