import "server-only";
import { webAnnotationUrls, type WebAnnotationUrls } from "../../annotations/web-annotation";

/** Absolute URLs for W3C output, on the origin the request came in on. */
export function annotationUrls(request: Request, documentId: string): WebAnnotationUrls {
  return webAnnotationUrls(new URL(request.url).origin, documentId);
}
