"use client";
import type { PresenceItem } from "@/lib/team/live-event";
import type { RevisionNews } from "./use-live-document";

const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
const list = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);

/** "Rita Reviewer is editing, since 10:42" / "Rita Reviewer (since 10:42) and Bo (since 10:50) are editing". */
export function describePresence(others: PresenceItem[]): string {
  if (others.length === 1) return `${others[0].name} is editing, since ${clock(others[0].since)}`;
  return `${list(others.map((p) => `${p.name} (since ${clock(p.since)})`))} are editing`;
}

/** "Revision 6 by Rita, 2 words" / "Revisions 6 and 7 by Rita and Bo, 5 words". */
export function describeNews(news: RevisionNews[]): string {
  const words = news.reduce((sum, e) => sum + e.words, 0);
  const names = [...new Set(news.map((e) => e.authorName))];
  return `${news.length === 1 ? "Revision" : "Revisions"} ${list(news.map((e) => String(e.seq)))} by ${list(names)}, ${words} word${words === 1 ? "" : "s"}`;
}

interface Props {
  others: PresenceItem[];
  news: RevisionNews[];
  /** Null when the person may not edit (nothing to merge into). */
  onMerge: (() => void) | null;
  merging: boolean;
  onDismiss(): void;
}

/**
 * Who else has the document open (a soft lock: it warns, never blocks), and revisions saved by
 * others while this person edits, with "Merge now" so they need not wait for their own save.
 */
export function LiveNotices({ others, news, onMerge, merging, onDismiss }: Props) {
  // The live regions are always there, so that screen readers announce what appears in them.
  return (
    <>
      <div role="status">
        {others.length > 0 && (
          <p className="notice notice--info live-presence">
            {describePresence(others)}
            <span className="muted"> · your changes and theirs merge word by word when saved</span>
          </p>
        )}
      </div>
      <div role="status">
        {news.length > 0 && (
          <div className="notice notice--warn live-news">
            <span>{describeNews(news)}, saved while you were editing.</span>
            {onMerge && (
              <button type="button" className="button button--small button--primary" onClick={onMerge} disabled={merging}>
                {merging ? "Merging…" : "Merge now"}
              </button>
            )}
            <button type="button" className="button button--small" onClick={onDismiss}>
              Later
            </button>
          </div>
        )}
      </div>
    </>
  );
}
