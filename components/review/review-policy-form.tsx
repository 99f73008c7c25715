"use client";
import { useState } from "react";
import { setReviewPolicy } from "@/app/actions/admin";
import { useServerAction } from "@/components/ui/use-server-action";
import type { ReviewPolicy } from "@/lib/auth/permissions";

export function ReviewPolicyForm({ collectionId, policy }: { collectionId: string; policy: ReviewPolicy }) {
  const [value, setValue] = useState(policy);
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();
  return (
    <form
      className="card policy-form"
      aria-label="Review policy"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run(() => setReviewPolicy(collectionId, value), () => setSaved(true));
      }}
    >
      <h2>Review policy</h2>
      <label>
        <input type="checkbox" checked={value.reviewersCommitDirectly} onChange={(e) => setValue({ ...value, reviewersCommitDirectly: e.target.checked })} />{" "}
        Reviewers may save corrections directly (admins always may; correctors always propose)
      </label>
      <label>
        <input type="checkbox" checked={value.allowSelfApproval} onChange={(e) => setValue({ ...value, allowSelfApproval: e.target.checked })} />{" "}
        Allow self-approval: a reviewer may approve their own proposal (turns four eyes off)
      </label>
      <div>
        <button className="button button--primary" disabled={pending}>Save policy</button>
        {saved && <span className="muted" role="status"> Saved.</span>}
        {error && <span className="form-error" role="alert">{error}</span>}
      </div>
    </form>
  );
}
