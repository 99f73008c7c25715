import { getExportDocument } from "@/lib/data/export/get-export-document";
import { exportFileName, FORMATS, needsBoxes, writeExport } from "@/lib/export/formats";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/http/api-route";
import { isPublicDocument } from "@/lib/data/collections/public-access";
import { contentDisposition, readExportQuery } from "@/lib/server/http/export-query";
import { API_POLICY } from "@/lib/server/http/security-headers";

/**
 * One document as tei, txt, md, html, json or pairs, or placed on its page images as alto, page,
 * hocr or lines; `variant=diplomatic` for the raw OCR with the annotations.
 */
export const GET = apiRoute<{ id: string }>({ permission: "read", publicRead: ({ id }) => isPublicDocument(id) }, async (request, { id }) => {
  const query = readExportQuery(request);
  const doc = await getExportDocument({ id, baseUrl: query.baseUrl, lineImages: query.format === "lines" });
  if (needsBoxes(query.format) && !doc.pages.some((p) => p.layer)) {
    throw new AppError("invalid", `The ${query.format} export places the text on its page images, and this document has none with an OCR layer`, { reason: "no_pages" });
  }
  const content = writeExport(doc, query.format, query.variant);
  return new Response(typeof content === "string" ? content : new Uint8Array(content), {
    headers: {
      "content-type": FORMATS[query.format].mediaType,
      "content-disposition": contentDisposition(exportFileName({ ...doc, pageCount: doc.pages.length }, query.format, query.variant), query.inline),
      // The reading edition is self-contained: nothing in it may load or run anything.
      ...(query.format === "html" ? { "content-security-policy": API_POLICY } : {}),
    },
  });
});
