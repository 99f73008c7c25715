"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signIn } from "@/app/actions/account";

/** Username and password; on success goes to `next` (a path on this site only). */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="card auth-form"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        startTransition(async () => {
          const result = await signIn({ username: String(form.get("username")), password: String(form.get("password")) });
          if (!result.ok) return setError(result.message);
          router.replace(next);
          router.refresh();
        });
      }}
    >
      <label>
        Username
        <input name="username" autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <button className="button button--primary" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
    </form>
  );
}
