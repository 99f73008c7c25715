import "server-only";

/** Selects the person behind a revision, annotation or proposal: names only, never secrets. */
export const AUTHOR_SELECT = { select: { id: true, username: true, displayName: true } } as const;

/** Who seq 0 is credited to: the raw OCR has no human author. */
export const RAW_OCR_AUTHOR = "OCR import";

export type AuthorRow = { id: string; username: string; displayName: string } | null;

/** `author` is the username (stable, for scripts), `authorName` the name people read. */
export function authorFields(a: AuthorRow) {
  return { author: a?.username ?? null, authorName: a?.displayName ?? RAW_OCR_AUTHOR, authorId: a?.id ?? null };
}
