import "server-only";
import { NextResponse } from "next/server";
import type { Permission } from "../../auth/permissions";
import type { UserRef } from "../../data/users/users";
import { AppError, ERROR_STATUS } from "../../errors";
import { maxJsonBodyBytes } from "../../config";
import { formatBytes } from "./body-limit";
import { describeError } from "./describe-error";
import { authenticateRequest, requirePermission } from "./auth";

type Params = Record<string, string | string[] | undefined>;
type Handler<P extends Params> = (request: Request, params: P, user: UserRef) => Promise<Response>;

export interface RouteAccess<P extends Params = Params> {
  /** What the caller's role must hold; every route names one, reads included. */
  permission: Permission;
  /** Finishes "A viewer may not …" in the 403 message. */
  what?: string;
  /**
   * For the reads a public collection opens to anyone (IIIF images and manifests, exports): a
   * request without a valid session is let in, as PUBLIC_READER, when this answers true for its
   * params. The answers carry Access-Control-Allow-Origin: *, so that viewers on other sites
   * can read them (a browser never sends cookies with a request that * allows).
   */
  publicRead?: (params: P) => Promise<boolean>;
}

/** Who reads a public collection without an account: a viewer with no id. */
export const PUBLIC_READER: UserRef = { id: "", username: "", displayName: "Anyone", role: "viewer" };

/**
 * The caller, or PUBLIC_READER where the route opens its resource to anyone and the caller has
 * no valid session (none, or one that has ended: a reader who once signed in is not shut out).
 * A token that is sent is always checked: a script with a wrong token hears 401.
 */
async function callerOf<P extends Params>(request: Request, params: P, access: RouteAccess<P>): Promise<UserRef> {
  if (!access.publicRead || request.headers.has("authorization")) return authenticateRequest(request);
  try {
    return await authenticateRequest(request);
  } catch (e) {
    if (e instanceof AppError && e.code === "unauthorized" && (await access.publicRead(params))) return PUBLIC_READER;
    throw e;
  }
}

export function errorResponse(code: keyof typeof ERROR_STATUS, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: { code, message }, ...extra }, { status: ERROR_STATUS[code] });
}

/** Maps any thrown error to the contract's `{ error: { code, message } }` shape and status. */
export function toErrorResponse(e: unknown): Response {
  const { status, body } = describeError(e);
  return NextResponse.json(body, { status });
}

/**
 * Wraps a route handler: authenticates (401) and authorizes (403) the caller before anything
 * else, resolves params, owns the error → status mapping, and reports the handler's own time
 * in a Server-Timing header so that slow requests can be told apart from slow networks
 * (npm run bench reads it).
 */
export function apiRoute<P extends Params = Params>(access: RouteAccess<P>, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const started = performance.now();
    let response: Response;
    try {
      const params = await context.params;
      const user = await callerOf(request, params, access);
      requirePermission(user, access.permission, access.what);
      response = await handler(request, params, user);
    } catch (e) {
      response = toErrorResponse(e);
    }
    if (access.publicRead) response.headers.set("Access-Control-Allow-Origin", "*");
    response.headers.set("Server-Timing", `app;dur=${(performance.now() - started).toFixed(1)}`);
    return response;
  };
}

/**
 * Parses a JSON body; malformed JSON is a 400, not a 500. The size is checked by Content-Length
 * before reading and counted while reading, so an oversized body is refused (413) without being
 * buffered, however it is served.
 */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (type && !type.includes("application/json")) {
    throw new AppError("unsupported_type", `Expected application/json, got ${type}`);
  }
  const limit = maxJsonBodyBytes();
  const tooLarge = () => new AppError("too_large", `The request body is over the limit of ${formatBytes(limit)}`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
    size += part.value.byteLength;
    if (size > limit) {
      await reader!.cancel();
      throw tooLarge();
    }
    chunks.push(part.value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
}

/** A body that may be absent (an approval with no note): {} then. */
export async function readOptionalJson(request: Request): Promise<unknown> {
  return request.headers.get("content-length") === "0" || !request.body ? {} : readJson(request);
}
