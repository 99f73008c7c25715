"use client";
import { useState } from "react";
import { createToken, revokeToken } from "@/app/actions/account";
import { useServerAction } from "@/components/ui/use-server-action";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Create a token (shown once, to copy) and revoke old ones. */
export function TokenManager({ tokens }: { tokens: TokenRow[] }) {
  const [fresh, setFresh] = useState<string | null>(null);
  const { run, pending, error } = useServerAction();
  return (
    <>
      <form
        className="card token-form"
        aria-label="New API token"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const name = String(new FormData(form).get("name") ?? "");
          run(
            () => createToken(name),
            (result) => {
              setFresh(result.token);
              form.reset();
            },
          );
        }}
      >
        <label>
          What is it for?
          <input name="name" maxLength={80} placeholder="e.g. nightly import script" />
        </label>
        <button className="button button--primary" disabled={pending}>Create token</button>
        {error && <p className="form-error" role="alert">{error}</p>}
        {fresh && (
          <div className="notice notice--ok" role="status">
            Copy it now: it is shown only once. Send it as <code>Authorization: Bearer …</code>.
            <input className="token-value" readOnly value={fresh} aria-label="New API token" onFocus={(e) => e.target.select()} />
          </div>
        )}
      </form>
      {tokens.length === 0 ? (
        <p className="muted">No API tokens. Scripts use one to call the JSON API as you.</p>
      ) : (
        <table className="doc-table">
          <thead>
            <tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col" /></tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td><code>{t.prefix}…</code></td>
                <td>{t.createdAt.slice(0, 10)}</td>
                <td>{t.lastUsedAt ? `${t.lastUsedAt.slice(0, 16).replace("T", " ")} UTC` : "never"}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    disabled={pending}
                    onClick={() => {
                      if (!confirm(`Revoke “${t.name}”? Scripts using it get 401 from now on.`)) return;
                      run(() => revokeToken(t.id));
                    }}
                  >
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
