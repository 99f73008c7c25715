"use client";
import { useState } from "react";
import { useServerAction } from "@/components/ui/use-server-action";
import { addUser, changeUser } from "@/app/actions/admin";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabledAt: Date | null;
  canSignIn: boolean;
}

const ROLE_HELP: Record<Role, string> = {
  admin: "manages users, collections and settings; commits directly",
  reviewer: "approves and rejects proposals; commits directly where the collection allows",
  corrector: "proposes corrections and annotates",
  viewer: "reads and exports",
};

export function NewUserForm() {
  const [done, setDone] = useState<string | null>(null);
  const { run, pending, error } = useServerAction();
  return (
    <form
      className="card user-form"
      aria-label="New user"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        setDone(null);
        run(
          () =>
            addUser({
              username: String(data.get("username")),
              displayName: String(data.get("displayName")),
              password: String(data.get("password")),
              role: String(data.get("role")) as Role,
            }),
          () => {
            setDone(`Created ${String(data.get("username"))}. Tell them their username and password: they sign in on the sign-in page.`);
            form.reset();
          },
        );
      }}
    >
      <h2>New user</h2>
      <div className="user-form__fields">
        <label>Username<input name="username" required minLength={2} maxLength={40} autoComplete="off" /></label>
        <label>Display name<input name="displayName" maxLength={80} autoComplete="off" /></label>
        <label>Password<input name="password" type="password" required minLength={10} autoComplete="new-password" /></label>
        <label>
          Role
          <select name="role" defaultValue="corrector">
            {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </select>
        </label>
        <button className="button button--primary" disabled={pending}>{pending ? "Creating…" : "Create user"}</button>
      </div>
      <ul className="muted role-help">
        {ROLES.map((r) => <li key={r}><strong>{ROLE_LABELS[r]}</strong>: {ROLE_HELP[r]}</li>)}
      </ul>
      {error && <p className="form-error" role="alert">{error}</p>}
      {done && <p className="notice notice--ok" role="status">{done}</p>}
    </form>
  );
}

/** One row of the users table: role select, new password, disable or enable. */
export function UserRowControls({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const action = useServerAction();
  const { pending, error } = action;
  const run = (input: Parameters<typeof changeUser>[1]) => action.run(() => changeUser(user.id, input));
  return (
    <>
      <td data-label="Role">
        <select aria-label={`Role of ${user.username}`} value={user.role} disabled={pending} onChange={(e) => run({ role: e.target.value as Role })}>
          {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
        </select>
      </td>
      <td data-label="State">
        {user.disabledAt ? <span className="badge badge--raw">Disabled</span> : user.canSignIn ? "Active" : <span className="muted">No password yet</span>}
      </td>
      <td data-label="Actions">
        <div className="user-actions">
        <button
          type="button"
          className="button button--small"
          disabled={pending}
          onClick={() => {
            const password = prompt(`New password for ${user.username} (at least 10 characters). They will be signed out everywhere.`);
            if (password) run({ password });
          }}
        >
          Set password
        </button>
        {!isSelf && (
          <button type="button" className="button button--small" disabled={pending} onClick={() => run({ disabled: !user.disabledAt })}>
            {user.disabledAt ? "Enable" : "Disable"}
          </button>
        )}
        {error && <span className="form-error" role="alert">{error}</span>}
        </div>
      </td>
    </>
  );
}
