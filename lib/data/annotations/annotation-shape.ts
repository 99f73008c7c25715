import "server-only";
import type { AnnotationRecord } from "../../annotations/web-annotation";
import type { Prisma } from "../../server/generated/prisma/client";
import { AUTHOR_SELECT, authorFields } from "../users/author-ref";

export const ANNOTATION_SELECT = {
  id: true, documentId: true, start: true, end: true, exact: true, prefix: true, suffix: true, tag: true, body: true,
  entityId: true, author: AUTHOR_SELECT, status: true, score: true, anchoredSeq: true, createdAt: true, updatedAt: true,
  entity: { select: { id: true, name: true, type: true } },
} as const;

export type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof ANNOTATION_SELECT }>;

export interface AnnotationInput {
  start: number;
  end: number;
  tag: string;
  body?: string | null;
  entityId?: string | null;
}

export function toRecord(r: AnnotationRow, startCodePoint: number, endCodePoint: number): AnnotationRecord & { entity: AnnotationRow["entity"]; score: number } {
  return {
    id: r.id, tag: r.tag, body: r.body, entityId: r.entityId, status: r.status, exact: r.exact, prefix: r.prefix, suffix: r.suffix,
    author: authorFields(r.author).authorName, authorId: r.author?.id ?? null, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), start: r.start, end: r.end,
    startCodePoint, endCodePoint, anchoredSeq: r.anchoredSeq, entity: r.entity, score: r.score,
  };
}
