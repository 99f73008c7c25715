"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson } from "./api-call";

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
    try {
      await postJson(`/api/changesets/${id}/revert`, {});
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button className="button" type="button" onClick={undo} disabled={busy}>Undo this changeset</button>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
    </>
  );
}
