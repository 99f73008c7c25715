import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/ui/search-form";
import { EntityForm } from "@/components/entities/entity-form";
import { can } from "@/lib/auth/permissions";
import { listEntities } from "@/lib/data/entities/entities";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Entities" };

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const user = await requirePageUser("/entities");
  const entities = await listEntities({ q });
  return (
    <>
      <div className="page-head">
        <h1>Entities</h1>
        <SearchForm q={q} label="Search entities" placeholder="Search names and variant spellings" />
      </div>
      <div className="entities-grid">
        <section>
          {entities.length === 0 ? (
            <div className="empty-state">
              {q ? <p>No entity matches “{q}”.</p> : <p>No entities yet. Add one here, or create one while annotating a name in a document.</p>}
            </div>
          ) : (
            <table className="doc-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Variants</th>
                  <th scope="col">External id</th>
                  <th scope="col" className="num">Mentions</th>
                </tr>
              </thead>
              <tbody>
                {entities.map((e) => (
                  <tr key={e.id}>
                    <td><Link href={`/entities/${e.id}`}>{e.name}</Link></td>
                    <td>{String(e.type)}</td>
                    <td>{e.variants.join(", ") || <span className="muted">—</span>}</td>
                    <td>{e.externalId ? <code>{String(e.externalId)}</code> : <span className="muted">—</span>}</td>
                    <td className="num">{e.mentionCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {can(user.role, "annotate") && (
          <section className="card" aria-labelledby="new-entity">
            <h2 id="new-entity">Add an entity</h2>
            <EntityForm />
          </section>
        )}
      </div>
    </>
  );
}
