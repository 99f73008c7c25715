"use client";
import { withdraw } from "@/app/actions/proposals";
import { useServerAction } from "@/components/ui/use-server-action";

export function WithdrawButton({ proposalId }: { proposalId: string }) {
  const { run, pending, error } = useServerAction();
  return (
    <span>
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() => {
          if (confirm("Withdraw this proposal? It stays in the record as withdrawn.")) run(() => withdraw(proposalId));
        }}
      >
        Withdraw
      </button>
      {error && <span className="form-error" role="alert">{error}</span>}
    </span>
  );
}
