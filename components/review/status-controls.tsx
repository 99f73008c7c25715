"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setDocumentLevel } from "@/app/actions/proposals";

/**
 * The next proofreading step the user may take: "Mark corrected" once no proposal is open,
 * "Approve document" for a reviewer who did not mark it. Refusals come back as a message.
 */
export function StatusControls({ documentId, action }: { documentId: string; action: "corrected" | "approved" }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <span className="status-controls">
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await setDocumentLevel(documentId, { status: action });
            setError(result.ok ? null : result.message);
            router.refresh();
          })
        }
      >
        {action === "corrected" ? "Mark corrected" : "Approve document"}
      </button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </span>
  );
}
