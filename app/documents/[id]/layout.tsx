import { DocumentTabs } from "@/components/document/document-tabs";
import { StatusBadge } from "@/components/ui/status-badge";
import { getDocumentSummary } from "@/lib/data/get-document-summary";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";

export default async function DocumentLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const doc = await orNotFound(getDocumentSummary({ id }));
  return (
    <>
      <div className="doc-head">
        <div>
          <h1 className="doc-head__title">{doc.title}</h1>
          <p className="doc-head__meta">
            {doc.sourceRef && <span className="source-ref">{doc.sourceRef}</span>}
            <StatusBadge status={doc.status} />
            <span>Revision {doc.headSeq}</span>
            <span>{doc.revisionCount} correction{doc.revisionCount === 1 ? "" : "s"} saved</span>
          </p>
        </div>
        <DocumentTabs id={doc.id} />
      </div>
      {children}
    </>
  );
}
