/** Where a page stands: correctors move it up to done, a reviewer checks it. */
export const PAGE_STATUSES = ["not_started", "in_progress", "done", "checked"] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];

export const PAGE_STATUS_LABELS: Record<PageStatus, string> = { not_started: "Not started", in_progress: "In progress", done: "Done", checked: "Checked" };

export const isPageStatus = (s: string): s is PageStatus => (PAGE_STATUSES as readonly string[]).includes(s);

/** Pages that count as done in a document's progress. */
export const pageIsDone = (s: string) => s === "done" || s === "checked";

/** Whether this change needs a reviewer: marking a page checked, or taking a checked page back. */
export const needsReviewer = (from: string, to: PageStatus) => to === "checked" || from === "checked";
