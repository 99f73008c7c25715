import { z } from "zod";
import { SEARCH_MODES, SEARCH_SCOPES } from "../search/query";
import { DOCUMENT_STATUSES } from "../review/transitions";

/** `GET /api/search` and the search page: the query's own limits are checked by lib/search. */
export const searchSchema = z.object({
  q: z.string().max(20_000).default(""),
  mode: z.enum(SEARCH_MODES).default("words"),
  scope: z.enum(SEARCH_SCOPES).default("text"),
  collectionId: z.string().max(100).optional(),
  status: z.enum(DOCUMENT_STATUSES).optional(),
  tag: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  case: z.enum(["sensitive", "insensitive"]).optional(),
  sort: z.enum(["relevance", "date"]).optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export type SearchQuery = z.infer<typeof searchSchema>;
