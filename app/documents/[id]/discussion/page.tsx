import type { Metadata } from "next";
import { Discussion } from "@/components/discussion/discussion";
import { can } from "@/lib/auth/permissions";
import { listAnnotations } from "@/lib/data/annotations/list-annotations";
import { listComments } from "@/lib/data/comments/list-comments";
import { listPageSizes } from "@/lib/data/pages/list-page-sizes";
import { listUsers } from "@/lib/data/users/users";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Discussion" };

/** A document's discussion: threads on it, its pages and its annotations, with replies, mentions and resolution. */
export default async function DiscussionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ about?: string }> }) {
  const { id } = await params;
  const { about } = await searchParams;
  const user = await requirePageUser(`/documents/${id}/discussion`);
  const [threads, pages, annotations, people] = await Promise.all([listComments({ documentId: id }), listPageSizes({ documentId: id }), listAnnotations({ documentId: id }), listUsers()]);
  return (
    <Discussion
      documentId={id}
      threads={threads}
      me={{ id: user.id, canComment: can(user.role, "annotate"), canResolveAny: can(user.role, "proposal.review"), isAdmin: can(user.role, "admin") }}
      targets={[
        ...pages.map((p, i) => ({ value: `page:${p.id}`, label: `Page ${i + 1}` })),
        ...annotations.filter((a) => a.status !== "orphaned").map((a) => ({ value: `annotation:${a.id}`, label: `${a.tag}: “${a.exact.slice(0, 40)}”` })),
      ]}
      initialTarget={about ?? ""}
      usernames={people.filter((p) => !p.disabledAt && p.id !== user.id).map((p) => p.username)}
    />
  );
}
