"use client";
import { useState } from "react";
import { beginAudit } from "@/app/actions/audits";
import { useServerAction } from "@/components/ui/use-server-action";

/** A reviewer starts an audit: the sample size defaults to what aims at a ±1 point interval. */
export function StartAuditForm({ collectionId, lines, defaultSize }: { collectionId: string; lines: number; defaultSize: number }) {
  const [size, setSize] = useState(String(defaultSize));
  const { run, pending, error, router } = useServerAction();
  return (
    <form
      className="card start-audit"
      aria-label="Start an audit"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => beginAudit(collectionId, Number(size) || null), (made) => router.push(`/audits/${made.id}`));
      }}
    >
      <h2>Start an audit</h2>
      <p>
        The workbench draws lines at random from the approved documents ({lines} lines), in proportion to each document&apos;s length. You read each beside its
        page and correct what is still wrong; the errors you find estimate how many remain in all the approved text, with a 95 % interval. Fixes are saved as
        ordinary revisions.
      </p>
      <label>
        Lines to check <input type="number" min={1} max={Math.min(2000, lines)} value={size} onChange={(e) => setSize(e.target.value)} required />
      </label>
      <p className="muted">{defaultSize} lines aim at an interval of about ±1 percentage point if about 5 % of characters are still wrong; fewer errors give a narrower one.</p>
      <button type="submit" className="button button--primary" disabled={pending}>{pending ? "Drawing…" : "Draw the sample"}</button>
      {error && <p className="form-error" role="alert">{error}</p>}
    </form>
  );
}
