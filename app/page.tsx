import Link from "next/link";
import { SearchForm } from "@/components/ui/search-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { TimeStamp } from "@/components/ui/time-stamp";
import { ProgressBar } from "@/components/review/progress-bar";
import { can } from "@/lib/auth/permissions";
import { listCollectionProgress } from "@/lib/data/documents/list-collection-progress";
import { listDocuments } from "@/lib/data/documents/list-documents";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<{ q?: string; cursor?: string; deleted?: string }> }) {
  const { q, cursor, deleted } = await searchParams;
  const user = await requirePageUser("/");
  const [{ items, nextCursor }, progress] = await Promise.all([listDocuments({ q, cursor, limit: 50 }), listCollectionProgress()]);
  return (
    <>
      <div className="page-head">
        <h1>Documents</h1>
        <SearchForm q={q} label="Search documents" placeholder="Search titles and source references" />
        {can(user.role, "document.import") && <Link className="button button--primary" href="/import">Import OCR</Link>}
      </div>
      {deleted && (
        <div className="notice notice--ok" role="status">
          The document was deleted. <Link href="/admin/deleted">Deleted documents</Link> can bring it back for 30 days.
        </div>
      )}
      {!q && !cursor && progress.some((c) => c.total > 0) && (
        <section className="card progress-card" aria-label="Progress by collection">
          {progress.filter((c) => c.total > 0).map((c) => (
            <ProgressBar key={c.id} counts={c.counts} total={c.total} label={c.name} href={`/collections/${c.id}`} />
          ))}
        </section>
      )}
      {items.length === 0 ? (
        <div className="empty-state">
          {q ? (
            <p>
              No title or source reference matches “{q}”. <Link href={`/search?${new URLSearchParams({ q })}`}>Search the text of every document for it</Link>{" "}
              or <Link href="/">show all documents</Link>.
            </p>
          ) : (
            <>
              <h2>No documents yet</h2>
              <p>
                <Link href="/import">Import raw OCR</Link> by pasting text or uploading <code>.txt</code> files, or from a terminal:{" "}
                <code>npm run import -- path/to/files</code>.
              </p>
            </>
          )}
        </div>
      ) : (
        <table className="doc-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Source</th>
              <th scope="col">Status</th>
              <th scope="col">Last change</th>
              <th scope="col" className="num">Revisions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((doc) => (
              <tr key={doc.id}>
                <td><Link href={`/documents/${doc.id}`}>{doc.title}</Link></td>
                <td>{doc.sourceRef ?? <span className="muted">—</span>}</td>
                <td><StatusBadge status={doc.status} /></td>
                <td><TimeStamp iso={doc.updatedAt} /></td>
                <td className="num">{doc.revisionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextCursor && (
        <p className="pager">
          <Link className="button" href={`/?${new URLSearchParams({ ...(q ? { q } : {}), cursor: nextCursor })}`}>Next page →</Link>
        </p>
      )}
    </>
  );
}
