/**
 * What the server tells open pages as it happens (GET /api/events). Small on purpose: PostgreSQL's
 * NOTIFY carries at most 8000 bytes, and a page that needs more reads it from the API.
 */
export type LiveEvent =
  | { type: "revision"; documentId: string; seq: number; authorId: string | null; authorName: string; words: number; createdAt: string }
  | { type: "presence"; documentId: string }
  | { type: "notification"; userId: string };

/** Someone with the document open in the editor, and since when (ISO). */
export interface PresenceItem {
  userId: string;
  name: string;
  since: string;
}

/** What a page receives: a presence event comes with the list of who is there now. */
export type PageEvent =
  | Extract<LiveEvent, { type: "revision" | "notification" }>
  | { type: "presence"; documentId: string; items: PresenceItem[] };

/** Parses an event from the wire, or null for anything that is not one (a foreign NOTIFY, a truncated payload). */
export function parseLiveEvent(text: string): LiveEvent | null {
  try {
    const value = JSON.parse(text) as Partial<LiveEvent> | null;
    if (!value || typeof value !== "object") return null;
    if (value.type === "revision" && typeof value.documentId === "string" && typeof value.seq === "number") return value as LiveEvent;
    if (value.type === "presence" && typeof value.documentId === "string") return value as LiveEvent;
    if (value.type === "notification" && typeof value.userId === "string") return value as LiveEvent;
    return null;
  } catch {
    return null;
  }
}
