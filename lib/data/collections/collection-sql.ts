import "server-only";
import { preparedRead } from "../../server/db/prepared-read";

// Hand-written reads that every request of its kind makes, prepared once (lib/server/db/prepared-read):
// Prisma's query interpreter costs per row and per byte, several times the statement on these.

export const publicDocument = preparedRead<{ one: unknown }>(`
  SELECT 1 AS "one" FROM "Document" d JOIN "Collection" c ON c."id" = d."collectionId"
  WHERE d."id" = ? AND d."deletedAt" IS NULL AND c."visibility" = 'public'`);

export const publicCollection = preparedRead<{ one: unknown }>(`SELECT 1 AS "one" FROM "Collection" WHERE "id" = ? AND "visibility" = 'public'`);

export const collectionNames = preparedRead<{ id: string; name: string }>(`SELECT "id", "name" FROM "Collection" ORDER BY "name" ASC`);

export const publicPage = preparedRead<{ one: unknown }>(`
  SELECT 1 AS "one" FROM "Page" p JOIN "Document" d ON d."id" = p."documentId" JOIN "Collection" c ON c."id" = d."collectionId"
  WHERE p."id" = ? AND d."deletedAt" IS NULL AND c."visibility" = 'public'`);
