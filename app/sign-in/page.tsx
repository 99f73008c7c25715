import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/account/sign-in-form";
import { countUsers } from "@/lib/data/users";
import { currentUser } from "@/lib/http/auth";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

/** Only paths on this site: an open redirect would let a link send people elsewhere after signing in. */
const safeNext = (next?: string) => (next?.startsWith("/") && !next.startsWith("//") ? next : "/");

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
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
