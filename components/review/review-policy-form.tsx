"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setReviewPolicy } from "@/app/actions/admin";
import type { ReviewPolicy } from "@/lib/auth/permissions";

export function ReviewPolicyForm({ collectionId, policy }: { collectionId: string; policy: ReviewPolicy }) {
  const router = useRouter();
  const [value, setValue] = useState(policy);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="card policy-form"
      aria-label="Review policy"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await setReviewPolicy(collectionId, value);
          setMessage(result.ok ? { ok: true, text: "Saved." } : { ok: false, text: result.message });
          router.refresh();
        });
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
        {message && <span className={message.ok ? "muted" : "form-error"} role={message.ok ? "status" : "alert"}> {message.text}</span>}
      </div>
    </form>
  );
}
