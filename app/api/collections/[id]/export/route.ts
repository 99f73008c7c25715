import { exportCollection } from "@/lib/data/export/export-collection";
import { apiRoute } from "@/lib/server/http/api-route";
import { isPublicCollection } from "@/lib/data/collections/public-access";
import { contentDisposition, readExportQuery } from "@/lib/server/http/export-query";

/** The collection as a zip streamed document by document: one file per document and index.json. */
export const GET = apiRoute<{ id: string }>({ permission: "read", publicRead: ({ id }) => isPublicCollection(id) }, async (request, { id }) => {
  const query = readExportQuery(request);
  const zip = await exportCollection({ collectionId: id, format: query.format, variant: query.variant, baseUrl: query.baseUrl });
  return new Response(zip.stream, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": contentDisposition(zip.fileName),
      "x-document-count": String(zip.count),
    },
  });
});
