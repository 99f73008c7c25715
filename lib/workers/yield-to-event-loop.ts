/**
 * Lets the event loop answer waiting requests before long work goes on. Awaiting a query is not
 * enough: better-sqlite3 answers synchronously, so a loop of awaited queries runs as microtasks
 * and holds every socket until it ends (a 200-document changeset held /api/health for 5.9 s).
 * A timer rather than setImmediate: the loop then passes its timers, I/O and check phases once
 * each before the work goes on (the health check's median was the same either way, 193 ms).
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
