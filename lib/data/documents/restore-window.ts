/** How long a deleted document stays restorable (and listed on the "Deleted documents" page). */
export const RESTORE_DAYS = 30;
export const RESTORE_WINDOW_MS = RESTORE_DAYS * 24 * 60 * 60 * 1000;
