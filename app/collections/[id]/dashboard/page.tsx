import type { Metadata } from "next";
import Link from "next/link";
import { Dashboard } from "@/components/dashboard/dashboard";
import { collectionMetrics } from "@/lib/data/metrics/collection-metrics-sql";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { listTeamProgress } from "@/lib/data/assignments/list-team-progress";
import { TeamProgress } from "@/components/team/team-progress";
import { AuditCard } from "@/components/audits/audit-card";
import { latestAudits } from "@/lib/data/audits/latest-audits";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Collection dashboard" };

export default async function CollectionDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(`/collections/${id}/dashboard`);
  const metrics = await orNotFound(collectionMetrics({ collectionId: id }));
  const [team, audits] = await Promise.all([listTeamProgress({ collectionId: id }), latestAudits({ collectionId: id })]);
  return (
    <>
      <div className="page-head">
        <h1>Dashboard: {metrics.collection?.name}</h1>
        <Link href={`/collections/${id}`}>The collection</Link>
        <Link href="/dashboard">All collections</Link>
      </div>
      <Dashboard metrics={metrics} apiBase={`/api/collections/${id}/metrics`} />
      <AuditCard audits={audits} collectionId={id} />
      <TeamProgress people={team} />
    </>
  );
}
