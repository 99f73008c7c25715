"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ChangesetDocumentView, DecisionOutcome } from "@/lib/data/changesets/changeset-shape";
import { decideChangeset } from "@/app/actions/changesets";
import { TickedEdits } from "./ticked-edits";

/**
 * A reviewer's decision on a corrector's changeset: every waiting document and hit ticked; untick
 * what to leave out, then approve (whole documents go through whole, partly ticked ones per hit),
 * or reject them all with a note. Each document is decided on its own; the outcome lists any
 * that could not be approved and why.
 */
export function ChangesetReview({ id, documents }: { id: string; documents: ChangesetDocumentView[] }) {
  const router = useRouter();
  const waiting = documents.filter((d) => d.proposalStatus === "proposed");
  const [left, setLeft] = useState<Set<string>>(new Set());
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: "ok" | "error"; message: string } | null>(null);
  const decide = async (action: "approve" | "reject") => {
    if (action === "reject" && !note.trim()) return setOutcome({ kind: "error", message: "Say why in a note: the author reads it." });
    setBusy(true);
    setOutcome(null);
    const selection = waiting
      .map((d) => ({ documentId: d.documentId, hits: d.edits.map((e) => e.hitId).filter((h) => !left.has(h)), all: d.edits.length }))
      .filter((d) => d.hits.length > 0)
      .map(({ documentId, hits, all }) => (hits.length === all ? { documentId } : { documentId, hits }));
    const everything = selection.length === waiting.length && selection.every((s) => !("hits" in s));
    const result = await decideChangeset(id, action, {
      ...(note.trim() ? { note } : {}),
      ...(action === "approve" && !everything ? { selection } : {}),
    });
    setBusy(false);
    if (!result.ok) return setOutcome({ kind: "error", message: result.message });
    const outcomes: DecisionOutcome[] = result.outcomes;
    const failed = outcomes.filter((o) => o.outcome === "failed");
    const done = outcomes.length - failed.length;
    setOutcome({
      kind: failed.length ? "error" : "ok",
      message: `${action === "approve" ? "Approved" : "Rejected"} ${done} document${done === 1 ? "" : "s"}.${failed.length ? ` Not done: ${failed.map((f) => `${documents.find((d) => d.documentId === f.documentId)?.title ?? f.documentId} (${f.message})`).join("; ")}` : ""}`,
    });
    router.refresh();
  };
  const said = outcome && <p className={`notice notice--${outcome.kind === "ok" ? "ok" : "error"}`} role={outcome.kind === "ok" ? "status" : "alert"}>{outcome.message}</p>;
  // Once every document is decided, the outcome stays in view on its own.
  if (!waiting.length) return said || null;
  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">Review: {waiting.length} document{waiting.length === 1 ? "" : "s"} waiting</h2>
      <TickedEdits documents={waiting} left={left} onChange={setLeft} label={(e, title) => `Accept “${e.before}” → “${e.after}” in ${title}`} />
      <label htmlFor="review-note">Note (required to reject)</label>
      <textarea id="review-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      <div className="button-row">
        <button className="button button--primary" type="button" disabled={busy} onClick={() => decide("approve")}>Approve the ticked changes</button>
        <button className="button button--danger" type="button" disabled={busy} onClick={() => decide("reject")}>Reject all</button>
      </div>
      {said}
    </section>
  );
}
