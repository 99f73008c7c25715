import { ZodError } from "zod";
import { AppError, ERROR_STATUS, type ErrorCode, type ErrorReason } from "../../errors";

/** The contract's error body, with what the UI and scripts may act on beside code and message. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; reason?: ErrorReason; path?: string };
  [extra: string]: unknown;
}

export interface ErrorDescription {
  status: number;
  body: ErrorBody;
}

const describe = (code: ErrorCode, message: string, more: Partial<ErrorBody["error"]> = {}, extra: Record<string, unknown> = {}): ErrorDescription => ({
  status: ERROR_STATUS[code],
  body: { error: { code, message, ...more }, ...extra },
});

/**
 * Turns any thrown error into the status and body every transport answers with (route handlers
 * as JSON, server actions as a value): AppError as it says, ZodError as 422 naming the field,
 * Prisma's P2025 as 404 and P2002 as 409; anything else is logged and answered as a generic 500.
 */
export function describeError(e: unknown): ErrorDescription {
  if (e instanceof AppError) {
    // `reason` refines the code inside the error, and a field named by the data layer is its
    // `path`, as for a body that fails its schema; other details (headSeq, documentId) sit beside it.
    const { reason, field, ...extra } = e.details;
    return describe(e.code, e.message, { ...(reason ? { reason } : {}), ...(typeof field === "string" ? { path: field } : {}) }, extra);
  }
  if (e instanceof ZodError) {
    const first = e.issues[0];
    const path = first?.path.map(String).join(".");
    // A message of our own (a refinement) is a whole sentence about the field; zod's own need the
    // field's name before them ("password: Too small: …"). The field is in `path` either way.
    const named = path && first?.code !== "custom";
    return describe("invalid", `${named ? `${path}: ` : ""}${first?.message ?? "invalid input"}`, path ? { path } : {});
  }
  const prismaCode = (e as { code?: unknown })?.code;
  if (prismaCode === "P2025") return describe("not_found", "Not found");
  if (prismaCode === "P2002") return describe("conflict", "That already exists");
  console.error("Unhandled error", e);
  return describe("internal", "Something went wrong on the server; the details are in its log");
}
