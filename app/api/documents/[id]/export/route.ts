import { getExportDocument } from "@/lib/data/export/get-export-document";
import { exportFileName, FORMATS, writeExport } from "@/lib/export/formats";
import { apiRoute } from "@/lib/http/api-route";
import { contentDisposition, readExportQuery } from "@/lib/http/export-query";
import { API_POLICY } from "@/lib/http/security-headers";

/** One document as tei, txt, md, html, json or pairs; `variant=diplomatic` for the raw OCR with the annotations. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => {
  const query = readExportQuery(request);
  const doc = await getExportDocument({ id, baseUrl: query.baseUrl });
  return new Response(writeExport(doc, query.format, query.variant), {
    headers: {
      "content-type": FORMATS[query.format].mediaType,
      "content-disposition": contentDisposition(exportFileName(doc, query.format, query.variant), query.inline),
      // The reading edition is self-contained: nothing in it may load or run anything.
      ...(query.format === "html" ? { "content-security-policy": API_POLICY } : {}),
    },
  });
});
