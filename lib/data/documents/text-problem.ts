import "server-only";
import { AppError, type ErrorCode } from "../../errors";
import type { TextProblem } from "../../text/import-text";

const STATUS_CODE: Record<TextProblem["code"], ErrorCode> = {
  invalid_utf8: "invalid",
  binary_content: "unsupported_type",
  empty_text: "invalid",
  too_large: "too_large",
  lone_surrogate: "invalid",
};

/** Turns a text problem from the pure checks into the AppError the transports answer with. */
export function textProblemError(problem: TextProblem): AppError {
  const suggested = problem.code === "invalid_utf8" && problem.suggestedEncoding ? { suggestedEncoding: problem.suggestedEncoding } : {};
  return new AppError(STATUS_CODE[problem.code], problem.message, { reason: problem.code, ...suggested });
}
