import "server-only";
import { pingDatabase } from "../../server/db";
import { dialect, type Dialect } from "../../server/db/dialect";
import { getImageStore } from "../../server/storage/image-store";

export interface HealthPart {
  ok: boolean;
  ms: number;
  /** That it failed; the reason is in the server's log, since a health check is public. */
  error?: string;
}

export interface Health {
  ok: boolean;
  database: HealthPart & { dialect: Dialect };
  storage: HealthPart;
}

/** A check answers within this long, or counts as failed: a proxy must not wait on a hung database. */
const TIMEOUT_MS = 5000;

async function timed(what: string, check: () => Promise<unknown>): Promise<HealthPart> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)))]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (e) {
    console.error(`Health check: the ${what} failed: ${(e as Error).message}`);
    return { ok: false, ms: Math.round(performance.now() - started), error: `the ${what} did not answer; the server's log says why` };
  } finally {
    clearTimeout(timer);
  }
}

/** Whether this process can reach its database (a query) and its image store (a write and read). */
export async function checkHealth(): Promise<Health> {
  const [database, storage] = await Promise.all([timed("database", pingDatabase), timed("image store", () => getImageStore().probe())]);
  return { ok: database.ok && storage.ok, database: { ...database, dialect: dialect() }, storage };
}
