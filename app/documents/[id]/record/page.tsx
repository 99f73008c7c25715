import type { Metadata } from "next";
import { RecordView } from "@/components/records/record-view";
import { can } from "@/lib/auth/permissions";
import { listEntityOptions } from "@/lib/data/entities/list-entity-options";
import { getDocumentHeader } from "@/lib/data/documents/get-document-header";
import { getMetadataSchema } from "@/lib/data/records/get-metadata-schema";
import { readDocumentFields } from "@/lib/data/records/read-document-fields";
import { suggestDocumentMetadata } from "@/lib/data/records/suggest-document-metadata";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Record" };

export default async function RecordPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/documents/${id}/record`);
  const { summary } = await orNotFound(getDocumentHeader({ id }));
  const schema = await getMetadataSchema({ collectionId: summary.collectionId });
  const canEdit = can(user.role, "document.edit");
  const [values, suggestions, entities] = await Promise.all([
    readDocumentFields({ documentId: id, schema }),
    canEdit ? suggestDocumentMetadata({ documentId: id }) : Promise.resolve({ items: [] }),
    canEdit ? listEntityOptions() : Promise.resolve([]),
  ]);
  return <RecordView documentId={id} schema={schema} values={values} suggestions={suggestions.items} entityNames={entities.map((e) => e.name)} canEdit={canEdit} />;
}
