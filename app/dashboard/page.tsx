import type { Metadata } from "next";
import Link from "next/link";
import { Dashboard } from "@/components/dashboard/dashboard";
import { listCollectionNames } from "@/lib/data/collections/list-collection-names";
import { collectionMetrics } from "@/lib/data/metrics/collection-metrics-sql";
import { requirePageUser } from "@/lib/server/http/auth";
import { listTeamProgress } from "@/lib/data/assignments/list-team-progress";
import { TeamProgress } from "@/components/team/team-progress";
import { AuditCard } from "@/components/audits/audit-card";
import { latestAudits } from "@/lib/data/audits/latest-audits";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requirePageUser("/dashboard");
  const [metrics, collections, team] = await Promise.all([collectionMetrics(), listCollectionNames(), listTeamProgress()]);
  const audits = await latestAudits();
  return (
    <>
      <div className="page-head">
        <h1>Dashboard: all collections</h1>
      </div>
      {collections.length > 1 && (
        <nav aria-label="Collections" className="search-actions">
          {collections.map((c) => <Link key={c.id} href={`/collections/${c.id}/dashboard`}>{c.name}</Link>)}
        </nav>
      )}
      <Dashboard metrics={metrics} apiBase="/api/metrics" />
      <AuditCard audits={audits} />
      <TeamProgress people={team} />
    </>
  );
}
