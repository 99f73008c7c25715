import type { Metadata } from "next";
import { NewUserForm, UserRowControls } from "@/components/account/user-admin";
import { listUsers } from "@/lib/data/users/users";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePageUser("/admin/users", "admin");
  const users = await listUsers();
  return (
    <>
      <div className="page-head">
        <h1>Users</h1>
        <span className="muted">{users.length} account{users.length === 1 ? "" : "s"}</span>
      </div>
      <NewUserForm />
      <table className="doc-table stack-table">
        <thead>
          <tr>
            <th scope="col">Username</th>
            <th scope="col">Display name</th>
            <th scope="col">Role</th>
            <th scope="col">State</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td data-label="Username"><code>{u.username}</code>{u.id === me.id && <span className="muted"> (you)</span>}</td>
              <td data-label="Display name">{u.displayName}</td>
              <UserRowControls user={u} isSelf={u.id === me.id} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Accounts made from author names of before sign-in existed have no password: set one to let that person sign in.
      </p>
    </>
  );
}
