import "server-only";
import { isAppError } from "@/lib/errors";
import { ZodError } from "zod";

/** What a server action answers: its value, or an error the UI can show as it is. */
export type ActionResult<T> =
  | ({ ok: true } & T)
  | { ok: false; code: string; message: string; headSeq?: number };

/** Runs a server action body and turns expected errors into values; unknown errors are logged. */
export async function runAction<T extends object>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, ...(await body()) };
  } catch (e) {
    if (isAppError(e)) {
      const headSeq = typeof e.details.headSeq === "number" ? e.details.headSeq : undefined;
      return { ok: false, code: String(e.details.reason ?? e.code), message: e.message, ...(headSeq === undefined ? {} : { headSeq }) };
    }
    if (e instanceof ZodError) return { ok: false, code: "invalid", message: e.issues[0]?.message ?? "Invalid input" };
    console.error("Unhandled error in server action", e);
    return { ok: false, code: "internal", message: "Something went wrong on the server; the details are in its log" };
  }
}
