import { maxJsonBodyBytes, maxUploadBytes } from "../../config";

/**
 * Bodies without a session or a token: signing in and setting up the first admin send a few
 * hundred bytes, so anything larger from an anonymous client is refused before it is read.
 */
export const ANONYMOUS_BODY_BYTES = 64 * 1024;

export interface BodyRequest {
  contentType: string | undefined;
  /** The Content-Length header, or undefined when the body is chunked or absent. */
  contentLength: string | undefined;
  isChunked: boolean;
  /** A session cookie or an Authorization header is present (not yet verified). */
  hasCredentials: boolean;
}

export type BodyVerdict = { ok: true; limit: number } | { ok: false; status: 411 | 413; message: string };

/**
 * Decides from the headers alone whether a request body may be read: before a byte of it is
 * buffered, so a 100 MB body costs the server nothing. Node's HTTP parser never delivers more
 * than Content-Length bytes, so a declared length within the limit bounds the body exactly;
 * a chunked body has no length to check and is refused with 411 (browsers and HTTP clients
 * send Content-Length for every ordinary body).
 */
export function checkBody(req: BodyRequest): BodyVerdict {
  const limit = !req.hasCredentials ? ANONYMOUS_BODY_BYTES : req.contentType?.toLowerCase().startsWith("multipart/form-data") ? maxUploadBytes() : maxJsonBodyBytes();
  if (req.contentLength === undefined) {
    if (!req.isChunked) return { ok: true, limit };
    return { ok: false, status: 411, message: "Send the body with a Content-Length header" };
  }
  const length = Number(req.contentLength);
  if (!Number.isSafeInteger(length) || length < 0) return { ok: false, status: 413, message: "The Content-Length header is not a byte count" };
  if (length > limit) {
    return { ok: false, status: 413, message: `The request body is ${formatBytes(length)}; the limit is ${formatBytes(limit)}${req.hasCredentials ? "" : " without signing in"}` };
  }
  return { ok: true, limit };
}

export const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);
