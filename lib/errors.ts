/**
 * The one error type of the workbench. Codes are few and map to HTTP statuses in one table;
 * `details` carries extra fields for the JSON body (e.g. the head seq of a stale save).
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  stale_base: 409,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  invalid: 422,
  too_many_requests: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * Refinements of a code that a client may act on (the UI branches on some). Each names one
 * situation; the code still decides the HTTP status.
 */
export type ErrorReason =
  // Text checks (lib/text)
  | "invalid_utf8" | "binary_content" | "empty_text" | "too_large" | "lone_surrogate"
  // Imports and exports
  | "duplicate_document" | "not_text_file" | "unknown_format"
  // Pages and layers (lib/layers, lib/server/images)
  | "xml_doctype" | "xml_malformed" | "xml_limit" | "xml_timeout" | "unknown_layer" | "no_page" | "bad_geometry" | "multiple_pages"
  | "image_too_large" | "image_too_many_pages" | "image_unreadable" | "layer_unmatched" | "needs_ocr" | "pdf_encrypted" | "pdf_too_many_pages" | "pdf_too_large" | "pdf_unreadable" | "no_pages"
  // Review workflow (lib/review)
  | "no_change" | "needs_rebase" | "invalid_transition" | "four_eyes" | "open_proposals" | "merge_conflict"
  // Work two app processes raced for (a changeset part), done by the other
  | "done_elsewhere"
  // Records' metadata (lib/records): a schema change that would reinterpret stored values
  | "field_in_use"
  | "code_in_use"
  // Search (lib/search)
  | "invalid_query" | "invalid_cursor";

export type ErrorDetails = { reason?: ErrorReason } & Record<string, unknown>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
