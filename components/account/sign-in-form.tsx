"use client";
import { signIn } from "@/app/actions/account";
import { useServerAction } from "@/components/ui/use-server-action";

/** Username and password; on success goes to `next` (a path on this site only). */
export function SignInForm({ next }: { next: string }) {
  const { run, pending, error, router } = useServerAction();

  return (
    <form
      className="card auth-form"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        run(() => signIn({ username: String(form.get("username")), password: String(form.get("password")) }), () => router.replace(next));
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
