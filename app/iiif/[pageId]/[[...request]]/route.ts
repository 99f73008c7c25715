import { NextResponse } from "next/server";
import { getPageImageInfo, renderPageImage } from "@/lib/data/pages/render-page-image";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/http/api-route";
import { isPublicPage } from "@/lib/data/collections/public-access";

/**
 * The IIIF Image API 3.0 service of a page (level 1): `{base}/info.json` and
 * `{base}/{region}/{size}/{rotation}/{quality}.{format}`; the bare base redirects to info.json.
 * Images are private like the text (the same sign-in or API token as the JSON API), except in a
 * public collection, whose images anyone's viewer may read.
 */
export const GET = apiRoute<{ pageId: string; request?: string[] }>({ permission: "read", publicRead: ({ pageId }) => isPublicPage(pageId) }, async (request, { pageId, request: parts = [] }) => {
  const url = new URL(request.url);
  const base = `${url.origin}/iiif/${pageId}`;
  if (parts.length === 0) return NextResponse.redirect(`${base}/info.json`, 303);
  if (parts.length === 1 && parts[0] === "info.json") {
    return NextResponse.json(await getPageImageInfo({ pageId, base }), {
      headers: { "Content-Type": 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"', "Cache-Control": "private, max-age=3600" },
    });
  }
  if (parts.length !== 4) throw new AppError("bad_request", "A IIIF image request is {region}/{size}/{rotation}/{quality}.{format}");
  const [region, size, rotation, qualityFormat] = parts as [string, string, string, string];
  const image = await renderPageImage({ pageId, region, size, rotation, qualityFormat });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": image.type,
      // A page's image never changes (its file is named by its hash), so a tile can be kept for good.
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Cache": image.cache,
    },
  });
});
