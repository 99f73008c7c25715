"use client";
import { setUpFirstAdmin } from "@/app/actions/account";
import { useServerAction } from "@/components/ui/use-server-action";

export function SetupForm() {
  const { run, pending, error, setError, router } = useServerAction();

  return (
    <form
      className="card auth-form"
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        if (form.get("password") !== form.get("confirm")) return setError("The two passwords differ");
        run(
          () => setUpFirstAdmin({ username: String(form.get("username")), displayName: String(form.get("displayName")), password: String(form.get("password")) }),
          () => router.replace("/admin/users"),
        );
      }}
    >
      <label>
        Username
        <input name="username" autoComplete="username" required autoFocus pattern="[A-Za-z0-9][A-Za-z0-9._\-]*" minLength={2} maxLength={40} />
      </label>
      <label>
        Display name <span className="muted">(shown with your corrections)</span>
        <input name="displayName" autoComplete="name" maxLength={80} />
      </label>
      <label>
        Password <span className="muted">(at least 10 characters)</span>
        <input name="password" type="password" autoComplete="new-password" required minLength={10} />
      </label>
      <label>
        Password again
        <input name="confirm" type="password" autoComplete="new-password" required minLength={10} />
      </label>
      {error && <p className="form-error" role="alert">{error}</p>}
      <button className="button button--primary" disabled={pending}>{pending ? "Creating…" : "Create the admin account"}</button>
    </form>
  );
}
