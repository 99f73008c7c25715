import type { Metadata } from "next";
import Link from "next/link";
import { CollectionSuggestions } from "@/components/records/collection-suggestions";
import { MetadataCsvForm } from "@/components/records/metadata-csv-form";
import { SchemaEditor } from "@/components/records/schema-editor";
import { can } from "@/lib/auth/permissions";
import { getCollection } from "@/lib/data/collections/get-collection";
import { getMetadataSchema } from "@/lib/data/records/get-metadata-schema";
import { suggestCollectionMetadata } from "@/lib/data/records/suggest-collection-metadata";
import { FIELD_TYPE_LABELS } from "@/lib/records/metadata-schema";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Records" };

/** A collection's records: its metadata schema and exemption codes, its metadata as CSV, and its headers' suggestions to accept in one step. */
export default async function CollectionRecordsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/collections/${id}/records`);
  const collection = await orNotFound(getCollection({ id }));
  const schema = await getMetadataSchema({ collectionId: id });
  const canEdit = can(user.role, "document.edit");
  const suggestions = canEdit ? await suggestCollectionMetadata({ collectionId: id }) : null;
  const labels = Object.fromEntries(schema.fields.map((f) => [f.name, f.label]));
  return (
    <>
      <div className="page-head">
        <h1>Records of “{collection.name}”</h1>
        <Link className="button" href={`/collections/${id}`}>The collection</Link>
      </div>
      {suggestions && (
        <section className="card" aria-labelledby="suggestions-title">
          <h2 id="suggestions-title">What the headers say</h2>
          <p className="muted">Values read from the documents’ header lines (DATE:, SUBJECT:, a classification banner…) that their records lack. Only what a line says plainly is offered.</p>
          <CollectionSuggestions collectionId={id} documents={suggestions.documents} labels={labels} more={suggestions.more} />
        </section>
      )}
      <MetadataCsvForm collectionId={id} canEdit={canEdit} />
      {can(user.role, "admin") ? (
        <SchemaEditor collectionId={id} initial={schema.fields} codes={schema.exemptionCodes} />
      ) : (
        <section className="card" aria-labelledby="schema-title">
          <h2 id="schema-title">Metadata schema</h2>
          <ul>{schema.fields.map((f) => <li key={f.name}><strong>{f.label}</strong> ({FIELD_TYPE_LABELS[f.type]}){f.values ? `: ${f.values.join(", ")}` : ""}</li>)}</ul>
          <p className="muted">Exemption codes: {schema.exemptionCodes.join(", ")}</p>
        </section>
      )}
    </>
  );
}
