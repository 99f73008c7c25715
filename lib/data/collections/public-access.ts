import "server-only";
import { publicCollection, publicDocument, publicPage } from "./collection-sql";

/** Whether anyone, signed in or not, may read this document: it lives in a public collection. */
export const isPublicDocument = async (id: string) => (await publicDocument(id)).length > 0;
/** Whether anyone may read this page's image. */
export const isPublicPage = async (id: string) => (await publicPage(id)).length > 0;
/** Whether anyone may export this collection. */
export const isPublicCollection = async (id: string) => (await publicCollection(id)).length > 0;
