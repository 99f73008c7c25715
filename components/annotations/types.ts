import type { TagDefinition } from "@/lib/annotations/tags";

/** What the document screen knows of one annotation. Offsets are UTF-16 units on the head text. */
export interface AnnotationView {
  id: string;
  start: number;
  end: number;
  tag: string;
  body: string | null;
  entityId: string | null;
  entityName: string | null;
  author: string;
  createdAt: string;
  status: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Whether this user may change or delete it (their own, or any for reviewers and admins). */
  canEdit: boolean;
  /** An orphan's words now: what replaced them ("" when they were deleted; null when the context changed too). */
  replacedBy?: string | null;
  /** A redaction's codes and extent, as a reader is told them ("(b)(1); 25X1, 2 names, found on import"). */
  redaction?: string;
  /** A box drawn on a page image (redactions). */
  box?: { pageId: string; x: number; y: number; w: number; h: number };
  /** Text supplied from another release: that document. */
  suppliedFrom?: { documentId: string; seq: number };
}

export interface EntityOption {
  id: string;
  name: string;
  type: string;
}

export type { TagDefinition };

/** The line shown on hover: tag, entity, comment, author and date. */
export function describeAnnotation(a: AnnotationView, tags: readonly TagDefinition[]): string {
  const tag = tags.find((t) => t.key === a.tag)?.label ?? a.tag;
  const from = a.suppliedFrom ? "from another release" : null;
  const parts = [tag, a.redaction, from, a.entityName, a.body, `${a.author}, ${a.createdAt.slice(0, 10)}`].filter(Boolean);
  return parts.join(" · ");
}
