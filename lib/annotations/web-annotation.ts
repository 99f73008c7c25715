// W3C Web Annotation (https://www.w3.org/TR/annotation-model/) serialisation of workbench
// annotations. Offsets inside the workbench are UTF-16 units; the TextPositionSelector counts
// code points, as the model requires, so callers pass both.
import type { Extent } from "../records/redaction";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface AnnotationRecord {
  id: string;
  tag: string;
  body: string | null;
  entityId: string | null;
  status: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Display name of the author. */
  author: string;
  authorId?: string | null;
  createdAt: string;
  updatedAt: string;
  /** UTF-16 offsets on the head text. */
  start: number;
  end: number;
  /** Code-point offsets of start and end. */
  startCodePoint: number;
  endCodePoint: number;
  anchoredSeq: number;
  /** Found automatically when the text came in, or made by a person. */
  source?: "import" | "person";
  /** A redaction's exemption codes and extent. */
  exemptions?: string[];
  extent?: Extent;
  /** A box drawn on a page image, in the image's pixels. */
  box?: PageBox;
  /** Text supplied from another release: that document and the revision read. */
  suppliedFrom?: { documentId: string; seq: number };
}

export interface PageBox {
  pageId: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface WebAnnotationUrls {
  /** Absolute URL of the annotated document (the target's source). */
  document: string;
  /** Absolute URL of one revision's text: an orphan's selectors hold on the revision it was last anchored to. */
  revision(seq: number): string;
  /** Absolute URL of a revision of another document (a release text was supplied from). */
  otherRevision(documentId: string, seq: number): string;
  annotation(id: string): string;
  entity(id: string): string;
}

/** The workbench's URLs for a document's annotations, on `origin` (e.g. "http://localhost:3000"). */
export function webAnnotationUrls(origin: string, documentId: string): WebAnnotationUrls {
  const base = origin.replace(/\/$/, "");
  const document = `${base}/api/documents/${documentId}`;
  return {
    document,
    revision: (seq) => `${document}/revisions/${seq}`,
    otherRevision: (other, seq) => `${base}/api/documents/${other}/revisions/${seq}`,
    annotation: (id) => `${base}/api/annotations/${id}`,
    entity: (id) => `${base}/api/entities/${id}`,
  };
}

/**
 * One annotation: a tagging body for the tag, a commenting body for the comment, an
 * identifying SpecificResource body for a linked entity, and a target with both selectors.
 * The workbench fields tag, status, entityId and anchoredSeq ride along as extensions.
 */
export function toWebAnnotation(a: AnnotationRecord, urls: WebAnnotationUrls) {
  const bodies: Record<string, unknown>[] = [{ type: "TextualBody", value: a.tag, purpose: "tagging", format: "text/plain" }];
  if (a.body) bodies.push({ type: "TextualBody", value: a.body, purpose: "commenting", format: "text/plain" });
  if (a.entityId) bodies.push({ type: "SpecificResource", source: urls.entity(a.entityId), purpose: "identifying" });
  // A redaction's exemptions classify it; supplied text names the release it was read from.
  for (const code of a.exemptions ?? []) bodies.push({ type: "TextualBody", value: code, purpose: "classifying", format: "text/plain" });
  if (a.suppliedFrom) bodies.push({ type: "SpecificResource", source: urls.otherRevision(a.suppliedFrom.documentId, a.suppliedFrom.seq), purpose: "describing" });
  return {
    id: urls.annotation(a.id),
    type: "Annotation",
    motivation: a.entityId ? "identifying" : a.body ? "commenting" : "tagging",
    created: a.createdAt,
    modified: a.updatedAt,
    creator: { type: "Person", name: a.author },
    body: bodies,
    target: {
      source: a.status === "orphaned" ? urls.revision(a.anchoredSeq) : urls.document,
      selector: [
        { type: "TextQuoteSelector", exact: a.exact, prefix: a.prefix, suffix: a.suffix },
        { type: "TextPositionSelector", start: a.startCodePoint, end: a.endCodePoint },
      ],
    },
    tag: a.tag,
    status: a.status,
    entityId: a.entityId,
    anchoredSeq: a.anchoredSeq,
    source: a.source ?? "person",
    ...(a.exemptions ? { exemptions: a.exemptions, extent: a.extent } : {}),
    ...(a.box ? { box: a.box } : {}),
    ...(a.suppliedFrom ? { suppliedFrom: a.suppliedFrom } : {}),
  };
}

/** A whole document's annotations as one AnnotationPage. */
export function toAnnotationPage(pageUrl: string, annotations: readonly AnnotationRecord[], urls: WebAnnotationUrls) {
  return {
    "@context": ANNO_CONTEXT,
    id: pageUrl,
    type: "AnnotationPage",
    items: annotations.map((a) => toWebAnnotation(a, urls)),
  };
}
