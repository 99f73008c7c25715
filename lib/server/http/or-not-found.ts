import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "../../errors";

/** Awaits a data call for a page, turning the data layer's 404 into Next's not-found page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}
