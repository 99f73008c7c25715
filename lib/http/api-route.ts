import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import type { Permission } from "../auth/permissions";
import type { UserRef } from "../data/users";
import { AppError, ERROR_STATUS } from "../errors";
import { authenticateRequest, requirePermission } from "./auth";

type Params = Record<string, string>;
type Handler<P extends Params> = (request: Request, params: P, user: UserRef) => Promise<Response>;

export interface RouteAccess {
  /** What the caller's role must hold; every route names one, reads included. */
  permission: Permission;
  /** Finishes "A viewer may not …" in the 403 message. */
  what?: string;
}

export function errorResponse(code: keyof typeof ERROR_STATUS, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: { code, message }, ...extra }, { status: ERROR_STATUS[code] });
}

/** Maps any thrown error to the contract's `{ error: { code, message } }` shape and status. */
export function toErrorResponse(e: unknown): Response {
  if (e instanceof AppError) {
    // `reason` refines the code inside the error; other details (headSeq, documentId) sit beside it.
    const { reason, ...extra } = e.details;
    return NextResponse.json(
      { error: { code: e.code, message: e.message, ...(reason ? { reason } : {}) }, ...extra },
      { status: e.status },
    );
  }
  if (e instanceof ZodError) {
    const first = e.issues[0];
    const where = first?.path.length ? `${first.path.join(".")}: ` : "";
    return errorResponse("invalid", `${where}${first?.message ?? "invalid input"}`);
  }
  const prismaCode = (e as { code?: unknown })?.code;
  if (prismaCode === "P2025") return errorResponse("not_found", "Not found");
  if (prismaCode === "P2002") return errorResponse("conflict", "That already exists");
  console.error("Unhandled error in API route", e);
  return errorResponse("internal", "Something went wrong on the server; the details are in its log");
}

/**
 * Wraps a route handler: authenticates (401) and authorizes (403) the caller before anything
 * else, resolves params, owns the error → status mapping, and reports the handler's own time
 * in a Server-Timing header so that slow requests can be told apart from slow networks
 * (npm run bench reads it).
 */
export function apiRoute<P extends Params = Params>(access: RouteAccess, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const started = performance.now();
    let response: Response;
    try {
      const user = await authenticateRequest(request);
      requirePermission(user, access.permission, access.what);
      response = await handler(request, await context.params, user);
    } catch (e) {
      response = toErrorResponse(e);
    }
    response.headers.set("Server-Timing", `app;dur=${(performance.now() - started).toFixed(1)}`);
    return response;
  };
}

/** Parses a JSON body; malformed JSON is a 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (type && !type.includes("application/json")) {
    throw new AppError("unsupported_type", `Expected application/json, got ${type}`);
  }
  const body = await request.text();
  try {
    return JSON.parse(body);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
}
