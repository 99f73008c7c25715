import Link from "next/link";
import { DocumentAdmin } from "@/components/document/document-admin";
import { DocumentTabs } from "@/components/document/document-tabs";
import { StatusControls } from "@/components/review/status-controls";
import { StatusBadge } from "@/components/ui/status-badge";
import { NextTaskButton } from "@/components/team/next-task-button";
import { can } from "@/lib/auth/permissions";
import { listCollectionNames } from "@/lib/data/collections/list-collection-names";
import { listPageSizes } from "@/lib/data/pages/list-page-sizes";
import { pageIsDone } from "@/lib/team/page-status";
import { countOpenThreads } from "@/lib/data/comments/list-comments";
import { getDocumentHeader } from "@/lib/data/documents/get-document-header";
import { currentUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";

// Each page below checks access itself; the layout only decides which controls to offer.
export default async function DocumentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Signed out, nothing of the document is read: the page redirects to sign-in, and the
  // redirect's body must not carry the title (nor tell an existing id from an unknown one).
  const user = await currentUser();
  if (!user) return children;
  const { summary: doc, openProposals, markedBy } = await orNotFound(getDocumentHeader({ id }));
  const canEdit = can(user.role, "document.edit");
  const [openThreads, pages] = await Promise.all([countOpenThreads({ documentId: id }), listPageSizes({ documentId: id })]);
  const pagesDone = pages.filter((p) => pageIsDone(p.status)).length;
  const collections = canEdit ? await listCollectionNames() : [];
  const next =
    (doc.status === "raw" || doc.status === "in_progress") && can(user.role, "proposal.create") ? "corrected"
    : doc.status === "corrected" && can(user.role, "proposal.review") && markedBy?.id !== user.id ? "approved"
    : null;
  return (
    <>
      <div className="doc-head">
        <div>
          <h1 className="doc-head__title">{doc.title}</h1>
          <p className="doc-head__meta">
            {doc.sourceRef && <span className="source-ref">{doc.sourceRef}</span>}
            <StatusBadge status={doc.status} />
            {doc.statusReason && <span className="status-reason" role="note">{doc.statusReason}</span>}
            {doc.status === "corrected" && markedBy && <span className="muted">marked by {markedBy.displayName}; another reviewer approves</span>}
            {next && <StatusControls documentId={doc.id} action={next} />}
            <span>Revision {doc.headSeq}</span>
            {pages.length > 0 && <span>{pagesDone} of {pages.length} page{pages.length === 1 ? "" : "s"} done</span>}
            <span>{doc.revisionCount} correction{doc.revisionCount === 1 ? "" : "s"} saved</span>
            <Link href={`/collections/${doc.collectionId}/guidelines`} target="_blank" rel="noopener">Guidelines<span className="visually-hidden"> (opens in a new tab)</span></Link>
            {can(user.role, "proposal.create") && <NextTaskButton kind="correct" label="Next document →" collectionId={doc.collectionId} skip={doc.id} className="button button--small" />}
            {canEdit && <DocumentAdmin document={{ id: doc.id, title: doc.title, sourceRef: doc.sourceRef, collectionId: doc.collectionId }} collections={collections} canDelete={can(user.role, "admin")} />}
          </p>
        </div>
        <DocumentTabs id={doc.id} openProposals={openProposals} openThreads={openThreads} canEdit={can(user.role, "proposal.create")} />
      </div>
      {children}
    </>
  );
}
