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
  /** Runs the action; answers whether it succeeded. */
  const settle = async <R extends Outcome>(action: () => Promise<R>, then?: (result: Extract<R, { ok: true }>) => void) => {
    const result = await action();
    if (!result.ok) {
      setError((result as Extract<Outcome, { ok: false }>).message);
      return false;
    }
    setError(null);
    then?.(result as Extract<R, { ok: true }>);
    router.refresh();
    return true;
  };
  const run = <R extends Outcome>(action: () => Promise<R>, then?: (result: Extract<R, { ok: true }>) => void) =>
    startTransition(async () => void (await settle(action, then)));
  /** run, answering whether it succeeded: for a form that clears itself only once its text is stored. */
  const call = <R extends Outcome>(action: () => Promise<R>) => new Promise<boolean>((resolve) => startTransition(async () => resolve(await settle(action))));
  return { run, call, pending, error, setError, router };
}
