import type { Metadata } from "next";
import Link from "next/link";
import { RelateForm, UnrelateButton } from "@/components/releases/relation-buttons";
import { can } from "@/lib/auth/permissions";
import { listDocuments } from "@/lib/data/documents/list-documents";
import { listReleases } from "@/lib/data/releases/list-releases";
import { RELATION_LABELS } from "@/lib/records/relations";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Releases" };

/** Other releases of the document and the documents related to it, to compare, relate and unrelate. */
export default async function ReleasesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ find?: string }> }) {
  const { id } = await params;
  const { find } = await searchParams;
  const user = await requirePageUser(`/documents/${id}/releases`);
  const related = await orNotFound(listReleases({ documentId: id }));
  const canRelate = can(user.role, "document.edit");
  const found = canRelate && find?.trim() ? (await listDocuments({ q: find.trim(), limit: 10 })).items.filter((d) => d.id !== id && !related.some((r) => r.documentId === d.id)) : [];
  return (
    <div className="releases">
      <section className="card" aria-labelledby="related-title">
        <h2 id="related-title">Releases and related documents</h2>
        {related.length === 0 ? (
          <p className="muted">
            No other release or related document yet. The same record is often released more than once with different parts withheld:
            relate the other release here, then compare the two to read in one what the other withholds.
          </p>
        ) : (
          <ul className="related-list">
            {related.map((r) => (
              <li key={r.id}>
                <span className="related-list__relation">{RELATION_LABELS[r.relation]}</span>
                <Link href={`/documents/${r.documentId}`}>{r.title}</Link>
                {r.sourceRef && <span className="source-ref">{r.sourceRef}</span>}
                {(r.relation === "release-of" || r.relation === "same-as") && (
                  <Link className="button button--small" href={`/documents/${id}/releases/${r.documentId}`}>Compare</Link>
                )}
                {canRelate && <UnrelateButton documentId={id} relationId={r.id} title={r.title} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      {canRelate && (
        <section className="card" aria-labelledby="relate-title">
          <h2 id="relate-title">Relate another document</h2>
          <form className="search" role="search" method="get">
            <input name="find" defaultValue={find} placeholder="Title or source reference, e.g. CSDB-18851" aria-label="Find a document by title or source reference" />
            <button className="button" type="submit">Find</button>
          </form>
          {find && found.length === 0 && <p className="muted">No other document, not related already, has a title or source reference matching “{find}”.</p>}
          {found.length > 0 && (
            <ul className="related-list">
              {found.map((d) => (
                <li key={d.id}>
                  <Link href={`/documents/${d.id}`}>{d.title}</Link>
                  {d.sourceRef && <span className="source-ref">{d.sourceRef}</span>}
                  <RelateForm documentId={id} otherId={d.id} title={d.title} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
