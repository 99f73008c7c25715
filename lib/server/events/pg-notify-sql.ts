import "server-only";
import pg from "pg";
import type { Db } from "../db";

/** The channel every app process LISTENs on. */
export const CHANNEL = "workbench_events";

/** Sends a payload to every process listening, this one included; PostgreSQL delivers it after commit. */
export async function notify(db: Db, payload: string): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
}

/**
 * One connection per process that LISTENs and hands each payload on. When the connection drops
 * (the database restarted), it reconnects after a pause; events sent meanwhile are lost, which
 * pages make up for by reading the state again when their stream reconnects.
 */
export function listen(connectionString: string, onPayload: (payload: string) => void): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  const connect = async () => {
    const c = new pg.Client({ connectionString, application_name: "ocr-workbench events" });
    c.on("notification", (m) => m.channel === CHANNEL && m.payload && onPayload(m.payload));
    c.on("error", (e) => {
      console.error(`Live events: ${e.message}`);
      void c.end().catch(() => {});
      if (client === c) client = null;
      if (!stopped) retry = setTimeout(() => void connect(), 2000);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
      client = c;
    } catch (e) {
      console.error(`Live events: ${(e as Error).message}`);
      void c.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), 2000);
    }
  };
  void connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => {});
  };
}
