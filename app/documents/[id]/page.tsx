import type { Metadata } from "next";
import { DocumentWorkspace } from "@/components/document/document-workspace";
import { getDocument } from "@/lib/data/get-document";
import { readAuthorCookie } from "@/lib/http/author";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit" };

export default async function EditDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const doc = await orNotFound(getDocument({ id }));
  return (
    <DocumentWorkspace
      key={doc.id}
      documentId={doc.id}
      headSeq={doc.headSeq}
      text={doc.text}
      rawText={doc.rawText}
      author={await readAuthorCookie()}
    />
  );
}
