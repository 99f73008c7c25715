"use client";
import { useState } from "react";
import { setLicence } from "@/app/actions/admin";
import { SettingForm } from "@/components/ui/setting-form";

export function LicenceForm({ collectionId, licence }: { collectionId: string; licence: string }) {
  const [value, setValue] = useState(licence);
  return (
    <SettingForm title="Licence" submit="Save licence" save={() => setLicence(collectionId, value)}>
      <label>
        <span className="muted">Printed in every export (TEI publication statement, the HTML edition), e.g. “CC BY 4.0”.</span>
        <textarea rows={2} value={value} maxLength={2000} onChange={(e) => setValue(e.target.value)} aria-label="Licence text" />
      </label>
    </SettingForm>
  );
}
