import type { Metadata } from "next";
import Link from "next/link";
import { ProgressBar } from "@/components/review/progress-bar";
import { ReviewPolicyForm } from "@/components/review/review-policy-form";
import { CollectionExport } from "@/components/export/collection-export";
import { LicenceForm } from "@/components/export/licence-form";
import { VisibilityForm } from "@/components/export/visibility-form";
import { can } from "@/lib/auth/permissions";
import { getCollectionView } from "@/lib/data/collections/get-collection";
import { listCollectionProgress } from "@/lib/data/documents/list-collection-progress";
import { listSuggestionRules } from "@/lib/data/suggestions/list-suggestion-rules";
import { SuggestionRulesCard } from "@/components/suggestions/suggestion-rules-card";
import { requirePageUser } from "@/lib/server/http/auth";
import { listTeamProgress } from "@/lib/data/assignments/list-team-progress";
import { TeamProgress } from "@/components/team/team-progress";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Collection" };

export default async function CollectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/collections/${id}`);
  const collection = await orNotFound(getCollectionView({ id }));
  const [progress, rules, team] = await Promise.all([
    listCollectionProgress().then((all) => all.find((c) => c.id === id)),
    listSuggestionRules({ collectionId: id }),
    listTeamProgress({ collectionId: id }),
  ]);
  const policy = { reviewersCommitDirectly: collection.reviewersCommitDirectly, allowSelfApproval: collection.selfApproval, doubleKeying: collection.doubleKeying };
  const isAdmin = can(user.role, "admin");
  return (
    <>
      <div className="page-head">
        <h1>{collection.name}</h1>
        <Link className="button" href={`/collections/${id}/dashboard`}>Dashboard</Link>
        <Link className="button" href={`/collections/${id}/records`}>Records</Link>
        <Link className="button" href={`/collections/${id}/guidelines`}>Guidelines</Link>
        <Link className="button" href={`/collections/${id}/audits`}>Audits</Link>
        {isAdmin && <Link className="button" href={`/collections/${id}/tags`}>Edit the tag set</Link>}
      </div>
      {progress && (
        <section className="card progress-card" aria-label="Progress">
          <ProgressBar counts={progress.counts} total={progress.total} label="Documents" />
        </section>
      )}
      <TeamProgress people={team} />
      <CollectionExport collectionId={id} documentCount={progress?.total ?? 0} />
      <SuggestionRulesCard collectionId={id} rules={rules} canChange={can(user.role, "proposal.review")} />
      {isAdmin ? (
        <>
          <ReviewPolicyForm collectionId={id} policy={policy} />
          <VisibilityForm collectionId={id} visibility={collection.visibility} />
          <LicenceForm collectionId={id} licence={collection.licence ?? ""} />
        </>
      ) : (
        <section className="card">
          <p>{collection.visibility === "public" ? "Public: anyone may read these documents, their images and exports, without an account." : "Private: only people with an account may read it."}</p>
          <h2>Review policy</h2>
          <p>
            Correctors propose; reviewers {policy.reviewersCommitDirectly ? "may also save directly" : "propose too"}. Self-approval is{" "}
            {policy.allowSelfApproval ? "allowed" : "off: another reviewer approves each proposal (four eyes)"}.
          </p>
        </section>
      )}
    </>
  );
}
