import "server-only";
import type { AnnotationRecord, PageBox } from "../../annotations/web-annotation";
import { redactionOfColumns, type Extent } from "../../records/redaction";
import type { Prisma } from "../../server/generated/prisma/client";
import { AUTHOR_SELECT, authorFields } from "../users/author-ref";

export const ANNOTATION_SELECT = {
  id: true, documentId: true, start: true, end: true, exact: true, prefix: true, suffix: true, tag: true, body: true,
  entityId: true, author: AUTHOR_SELECT, status: true, score: true, anchoredSeq: true, createdAt: true, updatedAt: true,
  entity: { select: { id: true, name: true, type: true } },
  source: true, exemptions: true, extentQuantity: true, extentUnit: true, extentAtMost: true, box: true, fromDocumentId: true, fromSeq: true,
} as const;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof ANNOTATION_SELECT }>;

export interface AnnotationInput {
  start: number;
  end: number;
  tag: string;
  body?: string | null;
  entityId?: string | null;
  /** A redaction's codes and extent (lib/records/redaction); refused on other tags. */
  exemptions?: string[];
  extent?: Extent | null;
  box?: PageBox | null;
}

export function toRecord(r: AnnotationRow, startCodePoint: number, endCodePoint: number): AnnotationRecord & { entity: AnnotationRow["entity"]; score: number } {
  return {
    id: r.id, tag: r.tag, body: r.body, entityId: r.entityId, status: r.status, exact: r.exact, prefix: r.prefix, suffix: r.suffix,
    author: authorFields(r.author).authorName, authorId: r.author?.id ?? null, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), start: r.start, end: r.end,
    startCodePoint, endCodePoint, anchoredSeq: r.anchoredSeq, entity: r.entity, score: r.score, ...storedExtras(r),
  };
}

/** The columns of a redaction, a box and a supplied reading as the record's fields (absent when empty). */
export function storedExtras(r: StoredExtras): Pick<AnnotationRecord, "source" | "exemptions" | "extent" | "box" | "suppliedFrom"> {
  const box = r.box ? parseBox(r.box) : null;
  return {
    source: r.source === "import" ? "import" : "person",
    ...(r.tag === "redaction" ? redactionOfColumns(r) : {}),
    ...(box ? { box } : {}),
    ...(r.fromDocumentId && r.fromSeq !== null ? { suppliedFrom: { documentId: r.fromDocumentId, seq: r.fromSeq } } : {}),
  };
}

type StoredExtras = Pick<AnnotationRow, "tag" | "source" | "exemptions" | "extentQuantity" | "extentUnit" | "extentAtMost" | "box" | "fromDocumentId" | "fromSeq">;

function parseBox(raw: string): PageBox | null {
  try {
    const b = JSON.parse(raw);
    return typeof b?.pageId === "string" && [b.x, b.y, b.w, b.h].every((n) => Number.isFinite(n)) ? { pageId: b.pageId, x: b.x, y: b.y, w: b.w, h: b.h } : null;
  } catch {
    return null;
  }
}
