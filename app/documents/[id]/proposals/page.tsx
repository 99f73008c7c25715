import type { Metadata } from "next";
import { ProposalTable } from "@/components/review/proposal-table";
import { listDocumentProposals } from "@/lib/data/proposals/list-proposals";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Proposals" };

export default async function DocumentProposalsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(`/documents/${id}/proposals`);
  const proposals = await listDocumentProposals({ documentId: id });
  if (proposals.length === 0) {
    return (
      <div className="empty-state">
        <h2>No proposals yet</h2>
        <p>When a corrector saves a change in the editor, it waits here for a reviewer.</p>
      </div>
    );
  }
  return <ProposalTable rows={proposals} caption="Proposals on this document" />;
}
