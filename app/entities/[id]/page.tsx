import type { Metadata } from "next";
import Link from "next/link";
import { EntityForm } from "@/components/entities/entity-form";
import { can } from "@/lib/auth/permissions";
import type { EntityType } from "@/lib/annotations/entity-types";
import { getEntityWithMentions } from "@/lib/data/entities/entities";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Entity" };

export default async function EntityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/entities/${id}`);
  const entity = await orNotFound(getEntityWithMentions({ id }));
  const byDocument = new Map<string, typeof entity.mentions>();
  for (const m of entity.mentions) byDocument.set(m.document.id, [...(byDocument.get(m.document.id) ?? []), m]);
  return (
    <>
      <div className="page-head">
        <h1>{entity.name}</h1>
        <Link href="/entities">All entities</Link>
      </div>
      {can(user.role, "annotate") && (
        <p className="search-actions">
          {/* The search page offers "Annotate every hit" with this entity chosen. */}
          {[entity.name, ...entity.variants].slice(0, 6).map((spelling) => (
            <Link key={spelling} className="button" href={`/search?${new URLSearchParams({ q: `"${spelling}"`, tagEntity: entity.id })}`}>
              Find “{spelling}” to annotate
            </Link>
          ))}
        </p>
      )}
      <dl className="facts">
        <dt>Type</dt>
        <dd>{String(entity.type)}</dd>
        <dt>Variant spellings</dt>
        <dd>{entity.variants.length ? entity.variants.join(", ") : <span className="muted">none</span>}</dd>
        <dt>External id</dt>
        <dd>{entity.externalId ? <code>{String(entity.externalId)}</code> : <span className="muted">none</span>}</dd>
        {entity.notes && (
          <>
            <dt>Notes</dt>
            <dd>{String(entity.notes)}</dd>
          </>
        )}
      </dl>
      {can(user.role, "annotate") && (
        <details className="card">
          <summary>Edit this entity</summary>
          <EntityForm
            entity={{
              id: entity.id,
              type: entity.type as EntityType,
              name: String(entity.name),
              variants: entity.variants,
              notes: String(entity.notes),
              externalId: entity.externalId ? String(entity.externalId) : null,
            }}
          />
        </details>
      )}
      <section aria-labelledby="mentions-title">
        <h2 id="mentions-title">Mentions ({entity.mentions.length})</h2>
        {entity.mentions.length === 0 ? (
          <p className="empty-state">Nothing links to this entity yet. Annotate a name in a document and choose this entity.</p>
        ) : (
          [...byDocument.values()].map((mentions) => (
            <div key={mentions[0].document.id} className="card">
              <h3>
                <Link href={`/documents/${mentions[0].document.id}`}>{mentions[0].document.title}</Link>{" "}
                {mentions[0].document.sourceRef && <span className="source-ref muted">{mentions[0].document.sourceRef}</span>}
              </h3>
              <ul className="mentions">
                {mentions.map((m) => (
                  <li key={m.id}>
                    <Link href={`/documents/${m.document.id}?a=${m.id}`} className="mention">
                      <span className="muted">…{m.prefix}</span>
                      <mark>{m.exact}</mark>
                      <span className="muted">{m.suffix}…</span>
                    </Link>
                    {m.status !== "anchored" && <span className={`badge badge--${m.status}`}>{m.status}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </>
  );
}
