/**
 * How long presence and task claims last. The figure: a person who leaves or goes idle
 * for 5 minutes is no longer "editing". The editor beats once a minute while its person is
 * active, so a live row is never more than a beat old, and one lost beat (a slow network) does
 * not end it; the idle time is measured in the browser from the last key or pointer.
 */
export const IDLE_MS = 5 * 60_000;

/** How often an active editor tells the server it is still there. */
export const HEARTBEAT_MS = 60_000;

/**
 * How long a task handed out by the next-task button stays the claimer's without a beat: as
 * long as presence, so that a task opened and left idle returns to the pool when its presence ends.
 */
export const CLAIM_MS = IDLE_MS;

/** True while a row last seen at `seenAt` still counts at `now`. */
export const isLive = (seenAt: Date, now: Date): boolean => now.getTime() - seenAt.getTime() < IDLE_MS;

/** The oldest `seenAt` still live at `now`, for queries. */
export const liveSince = (now: Date): Date => new Date(now.getTime() - IDLE_MS + 1);
