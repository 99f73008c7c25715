"use client";
import { cancelJobAction, retryJobAction } from "@/app/actions/jobs";
import { useServerAction } from "@/components/ui/use-server-action";
import type { JobStatus } from "@/lib/server/jobs/job-shape";

/** Retry (a failed or cancelled job) and Cancel (one that waits or runs) on the Jobs page. */
export function JobControls({ id, status, cancellable, label }: { id: string; status: JobStatus; cancellable: boolean; label: string }) {
  const { run, pending, error } = useServerAction();
  const retryable = status === "failed" || status === "cancelled";
  if (!retryable && !cancellable) return <span className="muted">—</span>;
  return (
    <>
      {retryable && (
        <button type="button" className="button" disabled={pending} aria-label={`Retry: ${label}`} onClick={() => run(() => retryJobAction(id))}>
          {pending ? "Retrying…" : "Retry"}
        </button>
      )}
      {cancellable && (
        <button
          type="button"
          className="button button--danger"
          disabled={pending}
          aria-label={`Cancel: ${label}`}
          onClick={() => confirm("Cancel this job? An OCR job cancelled makes no document.") && run(() => cancelJobAction(id))}
        >
          {pending ? "Cancelling…" : "Cancel"}
        </button>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </>
  );
}
