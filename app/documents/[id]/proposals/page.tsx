import type { Metadata } from "next";
import { ProposalTable } from "@/components/review/proposal-table";
import { listDocumentProposals } from "@/lib/data/proposals/list-proposals";
import Link from "next/link";
import { requirePageUser } from "@/lib/server/http/auth";
import { getDb } from "@/lib/server/db";
import { getDocumentPolicy } from "@/lib/data/collections/review-policy";

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
  const { policy } = await getDocumentPolicy(getDb(), id);
  const waiting = new Set(proposals.filter((p) => p.status === "proposed").map((p) => p.authorId)).size;
  return (
    <>
      {policy.doubleKeying && (
        <p className="notice notice--info">
          This collection double keys: {waiting >= 2 ? <><Link href={`/documents/${id}/keying`}>compare the two keyings</Link> and decide where they differ.</> : "a second corrector keys this document before it is reviewed."}
        </p>
      )}
      <ProposalTable rows={proposals} caption="Proposals on this document" />
    </>
  );
}
