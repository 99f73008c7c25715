"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { revertRevision } from "@/app/actions/revisions";

/** Reverts to a revision by adding a new one, after a confirmation. */
export function RevertButton({ documentId, seq, headSeq }: { documentId: string; seq: number; headSeq: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={async () => {
          const what = seq === 0 ? "the raw OCR" : `revision ${seq}`;
          if (!confirm(`Make the text of ${what} current again? This adds revision ${headSeq + 1}; nothing is deleted.`)) return;
          setBusy(true);
          const result = await revertRevision(documentId, { seq, baseSeq: headSeq });
          setBusy(false);
          if (!result.ok) return setError(result.message);
          setError(null);
          router.refresh();
        }}
      >
        Revert to this
      </button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </>
  );
}
