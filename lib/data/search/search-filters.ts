import "server-only";
import { Prisma } from "../../server/generated/prisma/client";
import type { DocumentStatus } from "../../review/transitions";
import type { SearchInput } from "./search-shape";

/** The document filters of a search as one SQL condition on "Document" d. */
export function filterSql(input: Pick<SearchInput, "collectionId" | "status" | "tag" | "entityId">): Prisma.Sql {
  const parts = [Prisma.sql`d."deletedAt" IS NULL`];
  if (input.collectionId) parts.push(Prisma.sql`d."collectionId" = ${input.collectionId}`);
  if (input.status) parts.push(Prisma.sql`d."status" = ${input.status}`);
  if (input.tag) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" a WHERE a."documentId" = d."id" AND a."tag" = ${input.tag})`);
  if (input.entityId) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Annotation" a WHERE a."documentId" = d."id" AND a."entityId" = ${input.entityId})`);
  return Prisma.join(parts, " AND ");
}

/** Statuses whose text nobody has finished correcting: their OCR may hide matches. */
export const UNCORRECTED: DocumentStatus[] = ["raw", "in_progress"];
