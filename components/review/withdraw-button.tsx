"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { withdraw } from "@/app/actions/proposals";

export function WithdrawButton({ proposalId }: { proposalId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className="button"
      disabled={pending}
      onClick={() => {
        if (!confirm("Withdraw this proposal? It stays in the record as withdrawn.")) return;
        startTransition(async () => {
          const result = await withdraw(proposalId);
          if (!result.ok) alert(result.message);
          router.refresh();
        });
      }}
    >
      Withdraw
    </button>
  );
}
