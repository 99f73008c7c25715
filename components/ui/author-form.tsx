"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setAuthorName } from "@/app/actions/author";

/** Asks for the display name stored with corrections (kept in a cookie until accounts exist). */
export function AuthorForm({ prompt, initial = "", onSaved }: { prompt: string; initial?: string; onSaved?: (name: string) => void }) {
  const router = useRouter();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="author-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await setAuthorName(name);
        if (!result.ok) return setError(result.message);
        setError(null);
        onSaved?.(result.name);
        router.refresh();
      }}
    >
      <label>
        {prompt}{" "}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required placeholder="e.g. Ada Lovelace" aria-label="Your name" />
      </label>
      <button type="submit" className="button button--primary">Save name</button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </form>
  );
}
