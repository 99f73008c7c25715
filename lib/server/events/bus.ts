import "server-only";
import { EventEmitter } from "node:events";
import { databaseUrlOf, getDb } from "../db";
import { dialectOf } from "../db/dialect";
import { parseLiveEvent, type LiveEvent } from "../../team/live-event";
import { listen, notify } from "./pg-notify-sql";

/**
 * The live events of this process. On SQLite one process serves the app and works its jobs, so an
 * emitter in memory reaches every open page; on PostgreSQL several processes share the work, so
 * every event goes through NOTIFY and comes back to each process (this one too) by LISTEN.
 * Kept on globalThis: Next.js may load this module once per bundle (routes, instrumentation),
 * and they must share one emitter.
 */
interface Bus {
  emitter: EventEmitter;
  stopListening: (() => Promise<void>) | null;
}

const holder = globalThis as unknown as { workbenchEvents?: Bus };

function bus(): Bus {
  if (!holder.workbenchEvents) {
    const emitter = new EventEmitter();
    // Each open stream is a listener; the default of 10 would warn with eleven readers.
    emitter.setMaxListeners(0);
    holder.workbenchEvents = { emitter, stopListening: null };
  }
  return holder.workbenchEvents;
}

const onPostgres = () => dialectOf(databaseUrlOf(getDb())) === "postgresql";

/**
 * Tells every open page of every process. Call it after the change committed. It never throws:
 * a lost live event costs a page a notice, which its next read makes up for, and must not fail the
 * change that caused it.
 */
export async function publishEvent(event: LiveEvent): Promise<void> {
  try {
    if (onPostgres()) await notify(getDb(), JSON.stringify(event));
    else bus().emitter.emit("event", event);
  } catch (e) {
    console.error(`Live events: could not publish ${event.type}: ${(e as Error).message}`);
  }
}

/** On PostgreSQL, opens this process's LISTEN connection (at start, so the first page misses nothing). */
export function openEvents(): Bus {
  const b = bus();
  if (onPostgres() && !b.stopListening) {
    b.stopListening = listen(databaseUrlOf(getDb()), (payload) => {
      const event = parseLiveEvent(payload);
      if (event) b.emitter.emit("event", event);
    });
  }
  return b;
}

/** Calls `listener` with every event until the returned function is called. */
export function subscribeEvents(listener: (event: LiveEvent) => void): () => void {
  const b = openEvents();
  b.emitter.on("event", listener);
  return () => void b.emitter.off("event", listener);
}

/** Stops listening (tests, shutdown). */
export async function closeEvents(): Promise<void> {
  const b = holder.workbenchEvents;
  if (!b?.stopListening) return;
  const stop = b.stopListening;
  b.stopListening = null;
  await stop();
}
