"use client";
import Link from "next/link";
import { ConflictChoices } from "@/components/review/conflict-choices";
import type { Notice } from "./use-save-flow";

/** At most this many of their changes are named in the overwrite's confirmation. */
const NAMED_CHANGES = 12;

type Save = (over?: { text?: string; baseSeq?: number; merge?: boolean }) => Promise<void>;

/** What an overwrite undoes, in words: “Il'inh → Il'ich”, … */
export function describeChanges(changes: { before: string; after: string }[]): string {
  const named = changes.slice(0, NAMED_CHANGES).map((c) => `“${c.before.trim() || "(nothing)"}” → “${c.after.trim() || "(deleted)"}”`);
  const more = changes.length - named.length;
  return named.join(", ") + (more > 0 ? ` and ${more} more` : "");
}

/** The save conflict: resolve each place in the conflict view, or knowingly overwrite theirs. */
function SaveConflict({ notice, save, saving }: { notice: Extract<Notice, { kind: "conflict" }>; save: Save; saving: boolean }) {
  const overwrite = () => {
    const undone = describeChanges(notice.theirChanges);
    if (confirm(`Save your text as it is on top of revision ${notice.headSeq}? This undoes their changes: ${undone}. Their revision stays in the history.`)) {
      void save({ baseSeq: notice.headSeq, merge: false });
    }
  };
  return (
    <ConflictChoices
      segments={notice.segments}
      headSeq={notice.headSeq}
      mineLabel="your text"
      intro={
        <>
          Not saved yet: revision {notice.headSeq} was saved while you were editing and changed the same words as you. Your text is still in the editor.
          Everything else merges by itself. For each place, keep theirs, keep yours, or write it anew; then save.
        </>
      }
      resolve={{
        pending: saving,
        error: null,
        label: (remaining) => (saving ? "Saving…" : remaining > 0 ? `Resolve ${remaining} more to save` : `Save on top of revision ${notice.headSeq}`),
        onResolve: (text) => void save({ text, baseSeq: notice.headSeq }),
        extra: (
          <button type="button" className="button button--danger" onClick={overwrite} disabled={saving}>
            Overwrite theirs with mine…
          </button>
        ),
      }}
    />
  );
}

interface Props {
  documentId: string;
  notice: Notice | null;
  myOpenProposals: { id: string; status: string; message: string }[];
  save: Save;
  saving: boolean;
}

/** The one line (or conflict view) that tells the person what their last action did. */
export function WorkspaceNotices({ documentId, notice, myOpenProposals, save, saving }: Props) {
  return (
    <>
      {myOpenProposals.length > 0 && notice?.kind !== "proposed" && (
        <div className="notice notice--info" role="status">
          You have {myOpenProposals.length} proposal{myOpenProposals.length > 1 ? "s" : ""} on this document waiting:{" "}
          {myOpenProposals.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ", "}
              <Link href={`/proposals/${p.id}`}>{p.message}</Link>
              {p.status === "needs_rebase" && <strong> (conflict: resolve it)</strong>}
            </span>
          ))}
          .
        </div>
      )}
      {notice?.kind === "proposed" && (
        <div className="notice notice--ok" role="status">
          Your correction was sent to a reviewer. <Link href={`/proposals/${notice.id}`}>See your proposal</Link>.
        </div>
      )}
      {notice?.kind === "saved" && (
        <div className="notice notice--ok" role="status">
          {notice.message}
          {notice.undo && (
            <>
              {" "}
              <button type="button" className="button button--small" onClick={notice.undo}>
                Undo
              </button>
            </>
          )}
        </div>
      )}
      {notice?.kind === "error" && <div className="notice notice--error" role="alert">{notice.message}</div>}
      {notice?.kind === "conflict" && (
        <>
          <div className="notice notice--warn" role="alert">
            <strong>Not saved: revision {notice.headSeq} changed the same words as you.</strong> Resolve the conflicts below, or{" "}
            <Link href={`/documents/${documentId}/history?from=${notice.baseSeq}&to=${notice.headSeq}`} target="_blank">see their change</Link>.
          </div>
          <SaveConflict notice={notice} save={save} saving={saving} />
        </>
      )}
    </>
  );
}
