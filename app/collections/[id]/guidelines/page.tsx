import type { Metadata } from "next";
import Link from "next/link";
import { GuidelinesEditor } from "@/components/team/guidelines-editor";
import { Markdown } from "@/components/ui/markdown";
import { can } from "@/lib/auth/permissions";
import { getGuidelines } from "@/lib/data/collections/guidelines";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Guidelines" };

/** How this collection is corrected and annotated: read by everyone, one click from the editor; edited by admins. */
export default async function GuidelinesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/collections/${id}/guidelines`);
  const { name, markdown } = await orNotFound(getGuidelines({ collectionId: id }));
  const admin = can(user.role, "admin");
  return (
    <>
      <div className="page-head">
        <h1>Guidelines: {name}</h1>
        <Link href={`/collections/${id}`}>The collection</Link>
      </div>
      {admin ? (
        <GuidelinesEditor collectionId={id} markdown={markdown} />
      ) : markdown ? (
        <article className="card"><Markdown source={markdown} /></article>
      ) : (
        <div className="empty-state"><p>This collection has no guidelines yet. An admin writes them here: how to transcribe, what to annotate, which spellings to keep.</p></div>
      )}
    </>
  );
}
