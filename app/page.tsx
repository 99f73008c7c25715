import Link from "next/link";
import { SearchForm } from "@/components/ui/search-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { TimeStamp } from "@/components/ui/time-stamp";
import { ProgressBar } from "@/components/review/progress-bar";
import { RecordFilters } from "@/components/records/record-filters";
import { can } from "@/lib/auth/permissions";
import { listCollectionProgress } from "@/lib/data/documents/list-collection-progress";
import { listDocuments } from "@/lib/data/documents/list-documents";
import { facetFieldsOf, listingSchema } from "@/lib/data/records/listing-schema";
import { describeEdtf } from "@/lib/records/edtf";
import { filtersNothing, pageParameters, parseRecordFilter } from "@/lib/records/record-filter";
import { isAppError } from "@/lib/errors";
import { requirePageUser } from "@/lib/server/http/auth";
import { listUsers } from "@/lib/data/users/users";
import { AssignBar, ASSIGN_FORM } from "@/components/team/assign-bar";
import { NextTaskButton } from "@/components/team/next-task-button";
import { DueDate } from "@/components/team/due-date";

export const dynamic = "force-dynamic";

type Params = Record<string, string | string[] | undefined>;

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const raw = await searchParams;
  const params = pageParameters(raw);
  const one = (name: string) => params.get(name)?.[0];
  const [q, cursor, deleted, collectionId, assignee] = [one("q"), one("cursor"), one("deleted"), one("collectionId"), one("assignee")];
  const sort = one("sort") === "date" ? "date" : "updated";
  const user = await requirePageUser("/");
  const schema = await listingSchema({ collectionId });
  const parsed = parseRecordFilter(params, schema, schema.exemptionCodes);
  const filtering = parsed.ok && !filtersNothing(parsed.value);
  let listed: Awaited<ReturnType<typeof listDocuments>> = { items: [], nextCursor: null, facets: {} };
  let problem = parsed.ok ? null : parsed.error.message;
  if (!problem) {
    try {
      listed = await listDocuments({ q, cursor, limit: 50, collectionId, sort, filters: params, facets: true, assignee: assignee === "me" ? user.id : assignee });
    } catch (e) {
      if (!isAppError(e) || e.status >= 500) throw e;
      problem = e.message;
    }
  }
  const { items, nextCursor, facets = {} } = listed;
  const progress = await listCollectionProgress();
  const leads = can(user.role, "proposal.review");
  const people = leads ? (await listUsers()).filter((u) => !u.disabledAt && u.role !== "viewer").map((u) => ({ id: u.id, name: u.displayName, role: u.role })) : [];
  const withAssignee = (value: string | null) => `/?${new URLSearchParams([...[...params].filter(([k]) => k !== "cursor" && k !== "assignee" && k !== "deleted").flatMap(([k, vs]) => vs.map((v) => [k, v] as [string, string])), ...(value ? [["assignee", value] as [string, string]] : [])])}`;
  const keep: [string, string][] = [...(q ? [["q", q] as [string, string]] : []), ...(collectionId ? [["collectionId", collectionId] as [string, string]] : [])];
  const filterParams = [...params].filter(([k]) => k !== "cursor" && k !== "deleted").flatMap(([k, vs]) => vs.map((v) => [k, v] as [string, string]));
  const dateField = schema.fields.find((f) => f.type === "date");
  const classification = schema.fields.find((f) => f.name === "classification");
  return (
    <>
      <div className="page-head">
        <h1>Documents</h1>
        <SearchForm q={q} label="Search documents" placeholder="Search titles and source references" keep={filterParams.filter(([k]) => k !== "q")} />
        {can(user.role, "proposal.create") && <NextTaskButton kind="correct" label="Next document" collectionId={collectionId} shortcut />}
        {can(user.role, "document.import") && <Link className="button" href="/import">Import OCR</Link>}
      </div>
      {deleted && (
        <div className="notice notice--ok" role="status">
          The document was deleted. <Link href="/admin/deleted">Deleted documents</Link> can bring it back for 30 days.
        </div>
      )}
      {!q && !cursor && !filtering && progress.some((c) => c.total > 0) && (
        <section className="card progress-card" aria-label="Progress by collection">
          {progress.filter((c) => c.total > 0).map((c) => (
            <ProgressBar key={c.id} counts={c.counts} total={c.total} label={c.name} href={`/collections/${c.id}`} />
          ))}
        </section>
      )}
      <div className="with-filters">
        <details className="with-filters__aside" open={filtering || undefined}>
          <summary>Filters{filtering ? " (on)" : ""}</summary>
          <RecordFilters
            facets={facetFieldsOf(schema).map((name) => ({ field: schema.fields.find((f) => f.name === name)!, values: facets[name] ?? [] }))}
            chosen={params}
            exemptionCodes={schema.exemptionCodes}
            keep={keep}
            order={{ value: sort, options: [{ value: "updated", label: "last changed first" }, { value: "date", label: "by the record’s date" }] }}
            counting="Counts are of the documents the other filters keep."
          />
        </details>
        <div className="with-filters__main">
          {problem && <p className="notice notice--error" role="alert">{problem}</p>}
          <nav className="assignee-filter" aria-label="Whose documents">
            {[["All", null], ["Unassigned", "none"], ["Assigned to me", "me"]].map(([label, value]) => (
              <Link key={label} href={withAssignee(value)} aria-current={(assignee ?? null) === value ? "page" : undefined}>{label}</Link>
            ))}
          </nav>
          {leads && items.length > 0 && <AssignBar people={people} />}
          {items.length === 0 && !problem ? (
            <div className="empty-state">
              {q || filtering ? (
                <p>
                  No document matches{q ? ` “${q}”` : ""}{filtering ? " with these filters" : ""}.{" "}
                  {q && <><Link href={`/search?${new URLSearchParams({ q })}`}>Search the text of every document for it</Link>, </>}
                  <Link href="/">show all documents</Link>.
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
          ) : items.length > 0 && (
            <table className="doc-table">
              <thead>
                <tr>
                  {leads && <th scope="col" className="select-cell"><span className="visually-hidden">Select</span></th>}
                  <th scope="col">Title</th>
                  <th scope="col">Source</th>
                  {dateField && <th scope="col">{dateField.label}</th>}
                  {classification && <th scope="col">{classification.label}</th>}
                  <th scope="col">Status</th>
                  <th scope="col">Assigned to</th>
                  <th scope="col">Last change</th>
                  <th scope="col" className="num">Revisions</th>
                </tr>
              </thead>
              <tbody>
                {items.map((doc) => {
                  const date = dateField ? doc.metadata[dateField.name] : undefined;
                  return (
                    <tr key={doc.id}>
                      {leads && <td className="select-cell"><input type="checkbox" name="documentIds" value={doc.id} form={ASSIGN_FORM} aria-label={`Select ${doc.title}`} /></td>}
                      <td className="doc-table__title">
                        <Link href={`/documents/${doc.id}`}>{doc.title}</Link>
                        {doc.priority !== 0 && <span className={`badge badge--priority-${doc.priority > 0 ? "high" : "low"}`}>{doc.priority > 0 ? "high priority" : "low priority"}</span>}
                      </td>
                      <td>{doc.sourceRef ?? <span className="muted">—</span>}</td>
                      {dateField && <td>{typeof date === "string" ? <span title={date}>{describeEdtf(date)}</span> : <span className="muted">—</span>}</td>}
                      {classification && <td>{[doc.metadata[classification.name] ?? ""].flat().join(", ") || <span className="muted">—</span>}</td>}
                      <td><StatusBadge status={doc.status} /></td>
                      <td>{doc.assignee ? <>{doc.assignee.name}{doc.assignee.dueDate && <> · <DueDate day={doc.assignee.dueDate} /></>}</> : <span className="muted">—</span>}</td>
                      <td><TimeStamp iso={doc.updatedAt} /></td>
                      <td className="num">{doc.revisionCount}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {nextCursor && (
            <p className="pager">
              <Link className="button" href={`/?${new URLSearchParams([...filterParams, ["cursor", nextCursor]])}`}>Next page →</Link>
            </p>
          )}
        </div>
      </div>
    </>
  );
}
