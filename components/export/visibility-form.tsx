"use client";
import { useState } from "react";
import { setVisibility } from "@/app/actions/admin";
import { SettingForm } from "@/components/ui/setting-form";
import type { Visibility } from "@/lib/data/collections/collection-shape";

/** Who may read the collection: accounts only, or anyone (read-only, with IIIF for any viewer). */
export function VisibilityForm({ collectionId, visibility }: { collectionId: string; visibility: Visibility }) {
  const [value, setValue] = useState(visibility);
  return (
    <SettingForm title="Visibility" submit="Save visibility" save={() => setVisibility(collectionId, value)}>
      <fieldset className="radio-group">
        <legend className="visually-hidden">Who may read this collection</legend>
        <label>
          <input type="radio" name="visibility" value="private" checked={value === "private"} onChange={() => setValue("private")} /> Private: only people with an
          account
        </label>
        <label>
          <input type="radio" name="visibility" value="public" checked={value === "public"} onChange={() => setValue("public")} /> Public: anyone may read the
          text, the page images, the IIIF manifests and the exports, without an account (nothing else is open: no editing, no history, no annotations)
        </label>
      </fieldset>
    </SettingForm>
  );
}
