import "server-only";
import { preparedRead } from "../../db/prepared-read";

const publicDocument = preparedRead<{ one: unknown }>(`
  SELECT 1 AS "one" FROM "Document" d JOIN "Collection" c ON c."id" = d."collectionId"
  WHERE d."id" = ? AND d."deletedAt" IS NULL AND c."visibility" = 'public'`);
const publicPage = preparedRead<{ one: unknown }>(`
  SELECT 1 AS "one" FROM "Page" p JOIN "Document" d ON d."id" = p."documentId" JOIN "Collection" c ON c."id" = d."collectionId"
  WHERE p."id" = ? AND d."deletedAt" IS NULL AND c."visibility" = 'public'`);
const publicCollection = preparedRead<{ one: unknown }>(`SELECT 1 AS "one" FROM "Collection" WHERE "id" = ? AND "visibility" = 'public'`);

/** Whether anyone, signed in or not, may read this document: it lives in a public collection. */
export const isPublicDocument = async (id: string) => (await publicDocument(id)).length > 0;
/** Whether anyone may read this page's image. */
export const isPublicPage = async (id: string) => (await publicPage(id)).length > 0;
/** Whether anyone may export this collection. */
export const isPublicCollection = async (id: string) => (await publicCollection(id)).length > 0;
