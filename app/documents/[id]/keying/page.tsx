import type { Metadata } from "next";
import { KeyingView } from "@/components/keying/keying-view";
import { can } from "@/lib/auth/permissions";
import { findKeyings } from "@/lib/data/keying/find-keyings";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Double keying" };

/** A double-keyed document's two keyings side by side, for the reviewer to decide where they differ. */
export default async function KeyingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/documents/${id}/keying`);
  let keyings: Awaited<ReturnType<typeof findKeyings>> = null;
  let problem: string | null = null;
  try {
    keyings = await findKeyings({ documentId: id });
  } catch (e) {
    problem = (e as Error).message;
  }
  if (problem) return <div className="empty-state"><p>{problem}.</p></div>;
  if (!keyings) {
    return (
      <div className="empty-state">
        <p>Waiting for two keyings: this collection has two correctors correct each document independently, and this one has fewer than two proposals from different correctors so far.</p>
      </div>
    );
  }
  return <KeyingView keyings={keyings} canDecide={can(user.role, "proposal.review")} />;
}
