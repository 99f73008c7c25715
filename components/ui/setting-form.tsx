"use client";
import { useState, type ReactNode } from "react";
import { useServerAction } from "./use-server-action";

/**
 * A card that saves one setting with a server action: its title (also its accessible name), the
 * fields, a save button, "Saved." when done and the refusal when not.
 */
export function SettingForm({ title, submit, save, children }: { title: string; submit: string; save(): Promise<{ ok: true } | { ok: false; message: string }>; children: ReactNode }) {
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();
  return (
    <form
      className="card policy-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run(save, () => setSaved(true));
      }}
    >
      <h2>{title}</h2>
      {children}
      <div>
        <button className="button button--primary" disabled={pending}>{submit}</button>
        {saved && <span className="muted" role="status"> Saved.</span>}
        {error && <span className="form-error" role="alert">{error}</span>}
      </div>
    </form>
  );
}
