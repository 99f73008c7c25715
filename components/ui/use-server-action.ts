"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type Outcome = { ok: true } | { ok: false; message: string };

/**
 * Runs a server action from a form or button: `pending` while it runs, its refusal kept as
 * `error` for the UI to show, and on success `then` (e.g. navigate) followed by a refresh so
 * the server components show the new state.
 */
export function useServerAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = <R extends Outcome>(action: () => Promise<R>, then?: (result: Extract<R, { ok: true }>) => void) =>
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError((result as Extract<Outcome, { ok: false }>).message);
        return;
      }
      setError(null);
      then?.(result as Extract<R, { ok: true }>);
      router.refresh();
    });
  return { run, pending, error, setError, router };
}
