import { z } from "zod";
import { SEARCH_MODES } from "../search/query";

const search = {
  query: z.string().max(20_000),
  mode: z.enum(SEARCH_MODES).default("words"),
  /** Only the accepted text changes: the raw OCR never does. */
  scope: z.literal("text", { error: "A changeset replaces in the accepted text (scope \"text\"): the raw OCR never changes" }).default("text"),
  collectionId: z.string().max(100).nullish(),
  case: z.enum(["sensitive", "insensitive"]).optional(),
  replacement: z.string().max(1000),
};

export const changesetPreviewSchema = z.object(search);

export const createChangesetSchema = z.object({
  ...search,
  message: z.string().max(500).optional(),
  exclude: z.array(z.string().max(200)).max(100_000).optional(),
});

const selection = z.array(z.object({ documentId: z.string().max(100), hits: z.array(z.string().max(200)).max(100_000).optional() })).max(100_000).optional();

export const approveChangesetSchema = z.object({ note: z.string().max(2000).optional(), selection });
export const rejectChangesetSchema = z.object({ note: z.string().max(2000), selection });

/** "Annotate every hit as <tag> → <entity>" (POST /api/annotation-batches). */
export const annotateHitsSchema = z.object({
  query: search.query,
  mode: search.mode,
  scope: search.scope,
  collectionId: search.collectionId,
  case: search.case,
  tag: z.string().min(1).max(50),
  entityId: z.string().max(100).nullish(),
});
