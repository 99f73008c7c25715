/**
 * Paces long background work on the event loop: after each step it rests as long as the step
 * worked (at most MAX_REST_MS), so the loop is free half the time. A request needs several turns
 * of the loop (socket, router, database, response); with a bare yield between steps each turn
 * waited for a whole step, and /api/health took 193 ms (median) while a 200-document changeset
 * ran. Resting costs the background work about twice its time, which nobody waits on.
 */
export const MAX_REST_MS = 50;

export function createPacer(now: () => number = () => performance.now()) {
  let since = now();
  return {
    /** Rests after a step: as long as it worked since the last rest, up to MAX_REST_MS, and never less than one turn. */
    async rest(): Promise<void> {
      const worked = now() - since;
      await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_REST_MS, Math.max(0, Math.round(worked)))));
      since = now();
    },
  };
}
