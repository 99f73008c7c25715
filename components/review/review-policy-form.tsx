"use client";
import { useState } from "react";
import { setReviewPolicy } from "@/app/actions/admin";
import { SettingForm } from "@/components/ui/setting-form";
import type { ReviewPolicy } from "@/lib/auth/permissions";

export function ReviewPolicyForm({ collectionId, policy }: { collectionId: string; policy: ReviewPolicy }) {
  const [value, setValue] = useState(policy);
  return (
    <SettingForm title="Review policy" submit="Save policy" save={() => setReviewPolicy(collectionId, value)}>
      <label>
        <input type="checkbox" checked={value.reviewersCommitDirectly} onChange={(e) => setValue({ ...value, reviewersCommitDirectly: e.target.checked })} />{" "}
        Reviewers may save corrections directly (admins always may; correctors always propose)
      </label>
      <label>
        <input type="checkbox" checked={value.allowSelfApproval} onChange={(e) => setValue({ ...value, allowSelfApproval: e.target.checked })} />{" "}
        Allow self-approval: a reviewer may approve their own proposal (turns four eyes off)
      </label>
      <label>
        <input type="checkbox" checked={value.doubleKeying} onChange={(e) => setValue({ ...value, doubleKeying: e.target.checked })} />{" "}
        Double keying: two correctors correct each document independently, and a reviewer decides where they differ
      </label>
    </SettingForm>
  );
}
