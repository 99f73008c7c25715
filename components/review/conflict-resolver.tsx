"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resubmit } from "@/app/actions/proposals";
import type { MergeSegment } from "@/lib/review/merge-words";
import { ConflictChoices } from "./conflict-choices";

/**
 * The author's conflict view of a proposal sent back: they resolve each place where a newer
 * revision changed the same words, then resubmit against the head.
 */
export function ConflictResolver({ proposalId, headSeq, segments, canResolve }: { proposalId: string; headSeq: number; segments: MergeSegment[]; canResolve: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <ConflictChoices
      segments={segments}
      headSeq={headSeq}
      mineLabel="this proposal"
      intro={
        <>
          Revision {headSeq} changed the same words as this proposal. Everything else merges by itself.
          {canResolve ? " For each place, keep their version, keep yours, or write it anew; then resubmit." : " Its author resolves them."}
        </>
      }
      resolve={
        canResolve
          ? {
              pending,
              error,
              label: (remaining) => (pending ? "Resubmitting…" : remaining > 0 ? `Resolve ${remaining} more to resubmit` : `Resubmit against revision ${headSeq}`),
              onResolve: (text) =>
                startTransition(async () => {
                  const result = await resubmit(proposalId, { baseSeq: headSeq, text });
                  if (!result.ok) return setError(result.reason === "no_change" ? "With these choices nothing is left to propose: withdraw the proposal instead." : result.message);
                  router.refresh();
                }),
            }
          : undefined
      }
    />
  );
}
