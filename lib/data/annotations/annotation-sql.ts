import "server-only";
import { preparedRead } from "../../server/db/prepared-read";

// Hand-written reads that every request of its kind makes, prepared once (lib/server/db/prepared-read):
// Prisma's query interpreter costs per row and per byte, several times the statement on these.

export interface AnnotationSqlRow {
  id: string;
  documentId: string;
  start: number | bigint;
  end: number | bigint;
  exact: string;
  prefix: string;
  suffix: string;
  tag: string;
  body: string | null;
  entityId: string | null;
  status: string;
  score: number;
  anchoredSeq: number | bigint;
  createdAt: unknown;
  updatedAt: unknown;
  authorId: string | null;
  authorUsername: string | null;
  authorDisplayName: string | null;
  entityName: string | null;
  entityType: string | null;
  source: string;
  exemptions: string | null;
  extentQuantity: number | null;
  extentUnit: string | null;
  /** 0/1 on SQLite, a boolean on PostgreSQL. */
  extentAtMost: boolean | number | bigint;
  box: string | null;
  fromDocumentId: string | null;
  fromSeq: number | bigint | null;
}

export const annotationRows = preparedRead<AnnotationSqlRow>(`
  SELECT a."id", a."documentId", a."start", a."end", a."exact", a."prefix", a."suffix", a."tag", a."body", a."entityId",
         a."status", a."score", a."anchoredSeq", a."createdAt", a."updatedAt",
         a."source", a."exemptions", a."extentQuantity", a."extentUnit", a."extentAtMost", a."box", a."fromDocumentId", a."fromSeq",
         u."id" AS "authorId", u."username" AS "authorUsername", u."displayName" AS "authorDisplayName",
         e."name" AS "entityName", e."type" AS "entityType"
  FROM "Annotation" a
  LEFT JOIN "User" u ON u."id" = a."authorId"
  LEFT JOIN "Entity" e ON e."id" = a."entityId"
  WHERE a."documentId" = ?
  ORDER BY a."start" ASC, a."end" DESC`);
