"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { undoChangeset } from "@/app/actions/changesets";

/** Undo, after a confirmation that says what it does. */
export function UndoChangeset({ id, documents }: { id: string; documents: number }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const undo = async () => {
    const ok = window.confirm(
      `Undo this changeset in ${documents} document${documents === 1 ? "" : "s"}? Each gets a new revision that takes back exactly its replacements; later changes stay. Documents where later changes touch the same words are listed, not changed.`,
    );
    if (!ok) return;
    setBusy(true);
    const result = await undoChangeset(id);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  };
  return (
    <>
      <button className="button" type="button" onClick={undo} disabled={busy}>Undo this changeset</button>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
    </>
  );
}
