"use client";
import { useState } from "react";
import { setLicence } from "@/app/actions/admin";
import { useServerAction } from "@/components/ui/use-server-action";

export function LicenceForm({ collectionId, licence }: { collectionId: string; licence: string }) {
  const [value, setValue] = useState(licence);
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();
  return (
    <form
      className="card policy-form"
      aria-label="Licence"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run(() => setLicence(collectionId, value), () => setSaved(true));
      }}
    >
      <h2>Licence</h2>
      <label>
        <span className="muted">Printed in every export (TEI publication statement, the HTML edition), e.g. “CC BY 4.0”.</span>
        <textarea rows={2} value={value} maxLength={2000} onChange={(e) => setValue(e.target.value)} aria-label="Licence text" />
      </label>
      <button className="button button--primary" disabled={pending}>Save licence</button>
      {saved && <span className="muted" role="status"> Saved.</span>}
      {error && <span className="form-error" role="alert">{error}</span>}
    </form>
  );
}
