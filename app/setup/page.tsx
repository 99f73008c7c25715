import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/account/setup-form";
import { countUsers } from "@/lib/data/users/users";

export const metadata: Metadata = { title: "Set up" };
export const dynamic = "force-dynamic";

/** Exists only while the workbench has no account; afterwards it sends people to sign in. */
export default async function SetupPage() {
  if ((await countUsers()) > 0) redirect("/sign-in");
  return (
    <div className="auth-page">
      <h1>Set up the workbench</h1>
      <p className="lede">
        Create the first admin account. The admin then adds reviewers, correctors and viewers under <strong>Users</strong>.
        From a terminal, <code>npm run user:create -- --username U --password P --role admin</code> does the same.
      </p>
      <SetupForm />
    </div>
  );
}
