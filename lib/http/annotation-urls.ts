import "server-only";
import type { WebAnnotationUrls } from "../annotations/web-annotation";

/** Absolute URLs for W3C output, on the origin the request came in on. */
export function annotationUrls(request: Request, documentId: string): WebAnnotationUrls {
  const origin = new URL(request.url).origin;
  const document = `${origin}/api/documents/${documentId}`;
  return {
    document,
    revision: (seq) => `${document}/revisions/${seq}`,
    annotation: (id) => `${origin}/api/annotations/${id}`,
    entity: (id) => `${origin}/api/entities/${id}`,
  };
}
