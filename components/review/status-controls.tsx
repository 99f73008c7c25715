"use client";
import { setDocumentLevel } from "@/app/actions/proposals";
import { useServerAction } from "@/components/ui/use-server-action";

/**
 * The next proofreading step the user may take: "Mark corrected" once no proposal is open,
 * "Approve document" for a reviewer who did not mark it. Refusals come back as a message.
 */
export function StatusControls({ documentId, action }: { documentId: string; action: "corrected" | "approved" }) {
  const { run, pending, error } = useServerAction();
  return (
    <span className="status-controls">
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={() => run(() => setDocumentLevel(documentId, { status: action }))}
      >
        {action === "corrected" ? "Mark corrected" : "Approve document"}
      </button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </span>
  );
}
