import type { Metadata } from "next";
import { DocumentWorkspace } from "@/components/document/document-workspace";
import { can, canCommitDirectly, canEditAnnotation } from "@/lib/auth/permissions";
import { listAnnotations } from "@/lib/data/annotations/list-annotations";
import { getDocumentForPage } from "@/lib/data/documents/get-document-for-page";
import { listEntityOptions } from "@/lib/data/entities/list-entity-options";
import { listPageSizes } from "@/lib/data/pages/list-page-sizes";
import { getOwnOpenProposals } from "@/lib/data/proposals/get-own-open-proposals";
import { currentUser, requirePageUser } from "@/lib/server/http/auth";
import { isPublicDocument } from "@/lib/data/collections/public-access";
import { PublicDocument } from "@/components/document/public-document";
import { RULES } from "@/lib/suggest/rules";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { whatReplaced } from "@/lib/anchoring/what-replaced";
import { redactionSummary } from "@/lib/records/redaction";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit" };

export default async function EditDocumentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ a?: string; start?: string; end?: string; rawStart?: string; rawEnd?: string }> }) {
  const { id } = await params;
  // Signed out, a public collection's document opens read-only; any other sends to sign-in.
  if (!(await currentUser()) && (await isPublicDocument(id))) {
    const [doc, pages] = await Promise.all([orNotFound(getDocumentForPage({ id })), listPageSizes({ documentId: id })]);
    return <PublicDocument id={id} title={doc.title} sourceRef={doc.sourceRef} status={doc.status} headSeq={doc.headSeq} text={doc.text} pages={pages} />;
  }
  const user = await requirePageUser(`/documents/${id}`);
  const { a, start, end, rawStart, rawEnd } = await searchParams;
  // A deep link to a span: ?a=<annotation id>, ?start=&end= (UTF-16 offsets on the accepted
  // text), or ?rawStart=&rawEnd= (on the raw OCR, as search hits in it give).
  const range = spanOf(start, end);
  const rawRange = spanOf(rawStart, rawEnd);
  const doc = await orNotFound(getDocumentForPage({ id }));
  const { tags, policy } = doc;
  const mode = canCommitDirectly(user.role, policy) ? "commit" : can(user.role, "proposal.create") ? "propose" : "read";
  const [annotations, entities, own, pages] = await Promise.all([
    listAnnotations({ documentId: id, head: { headText: doc.text, headSeq: doc.headSeq } }),
    can(user.role, "annotate") ? listEntityOptions() : [],
    mode === "read" ? { open: [], pending: null } : getOwnOpenProposals({ documentId: id, authorId: user.id, headSeq: doc.headSeq, headText: doc.text }),
    listPageSizes({ documentId: id }),
  ]);
  return (
    <DocumentWorkspace
      key={doc.id}
      documentId={doc.id}
      userId={user.id}
      canCheckPages={can(user.role, "proposal.review")}
      collectionId={doc.collectionId}
      headSeq={doc.headSeq}
      text={doc.text}
      rawText={doc.rawText}
      status={doc.status}
      mode={mode}
      canAnnotate={can(user.role, "annotate")}
      canEditTags={can(user.role, "admin")}
      canTurnOffRules={can(user.role, "proposal.review")}
      ruleTitles={Object.fromEntries(RULES.map((r) => [r.name, r.title]))}
      myOpenProposals={own.open}
      annotations={annotations.map((x) => ({
        id: x.id, start: x.start, end: x.end, tag: x.tag, body: x.body, entityId: x.entityId, entityName: x.entity?.name ?? null,
        author: x.author, createdAt: x.createdAt, status: x.status, exact: x.exact, prefix: x.prefix, suffix: x.suffix,
        canEdit: canEditAnnotation(user, x.authorId ?? null),
        ...(x.tag === "redaction" ? { redaction: redactionSummary(x) ?? undefined } : {}),
        ...(x.suppliedFrom ? { suppliedFrom: x.suppliedFrom } : {}),
        ...(x.box ? { box: x.box } : {}),
        ...(x.status === "orphaned" ? { replacedBy: whatReplaced(doc.text, x) } : {}),
      }))}
      tags={tags}
      exemptionCodes={doc.exemptionCodes}
      entities={entities.map((e) => ({ id: e.id, name: e.name, type: String(e.type) }))}
      focusAnnotationId={a}
      focusRange={range}
      focusRawRange={rawRange}
      pending={mode === "propose" ? own.pending : null}
      pages={pages}
    />
  );
}

function spanOf(start: string | undefined, end: string | undefined) {
  const span = { start: Number(start), end: Number(end) };
  return start !== undefined && end !== undefined && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end ? span : undefined;
}
