import type { Metadata } from "next";
import { ActivityFeed } from "@/components/review/activity-feed";
import { listActivity } from "@/lib/data/audit/audit";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(`/documents/${id}/activity`);
  return <ActivityFeed documentId={id} items={await listActivity({ documentId: id })} />;
}
