import type { Metadata } from "next";
import Link from "next/link";
import { ReplacePreview } from "@/components/changesets/replace-preview";
import { can } from "@/lib/auth/permissions";
import { requirePageUser } from "@/lib/server/http/auth";
import { searchSchema } from "@/lib/validation/search";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Replace across documents" };

export default async function NewChangesetPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser("/changesets/new", "proposal.create");
  const parsed = searchSchema.safeParse(await searchParams);
  const back = `/search?${new URLSearchParams(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string"))}`;
  return (
    <>
      <div className="page-head">
        <h1>Replace across documents</h1>
        <Link href={back}>← Back to the search</Link>
      </div>
      {parsed.success && parsed.data.q.trim() ? (
        <ReplacePreview
          search={{ query: parsed.data.q, mode: parsed.data.mode, collectionId: parsed.data.collectionId, case: parsed.data.case }}
          // Admins always commit; reviewers where the collection lets them (the server decides per changeset).
          proposes={!can(user.role, "proposal.review")}
        />
      ) : (
        <div className="empty-state">
          <h2>Search first</h2>
          <p><Link href="/search">Search</Link> for what to replace, then choose Replace… above the results.</p>
        </div>
      )}
    </>
  );
}
