import "server-only";
import { getDb } from "../../server/db";
import { AppError } from "../../errors";
import type { Prisma } from "../../server/generated/prisma/client";
import type { MetadataValues } from "../../records/metadata-schema";
import { NO_FILTER } from "../../records/record-filter";
import { countFacets, type Facets } from "../records/count-facets";
import { listingSchema, recordFilterOf } from "../records/listing-schema";
import { valuesOf } from "../records/read-document-fields";
import { recordWhere } from "../records/record-where";
import { DOCUMENT_SUMMARY_SELECT, toDocumentSummary, type DocumentSummary } from "./document-shape";

export const MAX_PAGE_SIZE = 200;

export interface ListDocumentsInput {
  /** Metadata filters as query parameters (lib/records/record-filter): any schema field, dateFrom, dateTo. */
  filters?: ReadonlyMap<string, string[]>;
  /** Most recently changed first (the default), or by the record's date, undated last. */
  sort?: "updated" | "date";
  /** Also count each list field's values among the documents kept. */
  facets?: boolean;
  /** Matches title or source reference (case-insensitive for ASCII). */
  q?: string;
  /** The id of the last document of the previous page. */
  cursor?: string;
  limit?: number;
  collectionId?: string;
  /** Only documents assigned to this user's id, or with "none", assigned to nobody. */
  assignee?: string;
}

/** Who a listed document is assigned to, and by when. */
export interface ListedAssignee {
  userId: string;
  name: string;
  dueDate: string | null;
}

/** Documents, most recently changed first or by date, a page at a time, with their metadata; and facet counts when asked. */
export async function listDocuments(input: ListDocumentsInput = {}): Promise<{
  items: (DocumentSummary & { metadata: MetadataValues; priority: number; assignee: ListedAssignee | null })[];
  nextCursor: string | null;
  facets?: Facets;
}> {
  const limit = Math.min(Math.max(1, input.limit ?? 50), MAX_PAGE_SIZE);
  const q = input.q?.trim();
  const db = getDb();
  if (input.cursor) {
    const exists = await db.document.findFirst({ where: { id: input.cursor, deletedAt: null }, select: { id: true } });
    if (!exists) throw new AppError("bad_request", "The cursor does not name a document");
  }
  const schema = await listingSchema({ collectionId: input.collectionId });
  const filter = input.filters ? recordFilterOf(input.filters, schema) : NO_FILTER;
  const base: Prisma.DocumentWhereInput = {
    deletedAt: null,
    ...(input.collectionId ? { collectionId: input.collectionId } : {}),
    ...(q ? { OR: [{ title: { contains: q } }, { sourceRef: { contains: q } }] } : {}),
    ...(input.assignee ? { assignment: input.assignee === "none" ? { is: null } : { is: { userId: input.assignee } } } : {}),
  };
  const rows = await db.document.findMany({
    where: { AND: [base, ...recordWhere(filter, schema)] },
    orderBy: input.sort === "date" ? [{ recordDate: { sort: "asc", nulls: "last" } }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
    take: limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: { ...DOCUMENT_SUMMARY_SELECT, priority: true, assignment: { select: { dueDate: true, user: { select: { id: true, displayName: true } } } } },
  });
  const page = rows.slice(0, limit);
  const fieldRows = await db.documentField.findMany({ where: { documentId: { in: page.map((d) => d.id) } }, orderBy: [{ field: "asc" }, { position: "asc" }], select: { documentId: true, field: true, value: true } });
  const items = page.map((d) => ({
    ...toDocumentSummary(d),
    metadata: valuesOf(fieldRows.filter((r) => r.documentId === d.id), schema),
    priority: d.priority,
    assignee: d.assignment ? { userId: d.assignment.user.id, name: d.assignment.user.displayName, dueDate: d.assignment.dueDate } : null,
  }));
  return {
    items,
    nextCursor: rows.length > limit ? page[page.length - 1].id : null,
    ...(input.facets ? { facets: await countFacets({ base, filter, schema }) } : {}),
  };
}
