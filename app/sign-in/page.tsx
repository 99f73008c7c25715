import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/account/sign-in-form";
import { countUsers } from "@/lib/data/users/users";
import { currentUser } from "@/lib/server/http/auth";
import { safeNextPath } from "@/lib/server/http/safe-next-path";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";


export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser()) redirect(next);
  if ((await countUsers()) === 0) redirect("/setup");
  return (
    <div className="auth-page">
      <h1>Sign in</h1>
      <SignInForm next={next} />
      <p className="muted">No account yet? Ask an admin of this workbench to create one for you.</p>
    </div>
  );
}
