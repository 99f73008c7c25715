import { z } from "zod";
import { LEGACY_ENCODINGS } from "../text/legacy-encoding";

export const createDocumentSchema = z.object({
  title: z.string().trim().max(300).optional(),
  text: z.string(),
  sourceRef: z.string().trim().max(200).nullish(),
  collectionId: z.string().trim().min(1).nullish(),
});

export const createRevisionSchema = z.object({
  baseSeq: z.number().int().min(0),
  text: z.string(),
  message: z.string().max(500).default(""),
  /** false: a stale base answers 409 stale_base instead of merging. */
  merge: z.boolean().default(true),
});

export const listDocumentsSchema = z.object({
  q: z.string().max(200).optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  collectionId: z.string().max(100).optional(),
  sort: z.enum(["updated", "date"]).optional(),
  /** A user's id, or "none" for documents nobody is assigned. */
  assignee: z.string().max(100).optional(),
});

export const updateDocumentSchema = z
  .object({
    title: z.string().trim().min(1, "A document needs a title").max(300).optional(),
    sourceRef: z.string().trim().max(200).nullish(),
    collectionId: z.string().trim().min(1).optional(),
    /** Record fields by name; each is checked against the collection's schema (lib/records). */
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** A legacy encoding to convert an upload from; absent means UTF-8, strictly. */
export const encodingSchema = z.enum(LEGACY_ENCODINGS).optional();

export const seqSchema = z.coerce.number().int().min(0);

/** `PATCH /api/collections/:id`: any of the collection's settings; unknown fields are refused. */
export const updateCollectionSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    licence: z.string().max(2000),
    visibility: z.enum(["private", "public"]),
    reviewersCommitDirectly: z.boolean(),
    selfApproval: z.boolean(),
    doubleKeying: z.boolean(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, "Send at least one of name, licence, visibility, reviewersCommitDirectly, selfApproval, doubleKeying");
