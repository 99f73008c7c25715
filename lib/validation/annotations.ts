import { z } from "zod";
import { ENTITY_TYPES } from "../annotations/entity-types";
import { EXTENT_UNITS } from "../records/redaction";

const redactionFields = {
  exemptions: z.array(z.string().max(60)).max(50).optional(),
  extent: z.object({ quantity: z.number().nullable(), unit: z.enum(EXTENT_UNITS), atMost: z.boolean().optional() }).nullish(),
};

/** A box drawn on one of the document's page images, in its pixels: set when the annotation is made. */
const box = z.object({ pageId: z.string().max(100), x: z.number().min(0), y: z.number().min(0), w: z.number().positive(), h: z.number().positive() }).nullish();

export const createAnnotationSchema = z.object({
  start: z.number(),
  end: z.number(),
  tag: z.string().min(1).max(40),
  body: z.string().max(5000).nullish(),
  entityId: z.string().max(100).nullish(),
  ...redactionFields,
  box,
});

export const updateAnnotationSchema = z
  .object({
    start: z.number().optional(),
    end: z.number().optional(),
    tag: z.string().min(1).max(40).optional(),
    body: z.string().max(5000).nullish(),
    entityId: z.string().max(100).nullish(),
    ...redactionFields,
  })
  .strict();

export const entitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  name: z.string().trim().min(1).max(300),
  variants: z.array(z.string().max(300)).max(100).optional(),
  notes: z.string().max(10_000).optional(),
  externalId: z.string().trim().max(100).nullish(),
});

export const tagSetSchema = z.object({
  tags: z
    .array(z.object({ key: z.string(), label: z.string().max(60), color: z.string(), description: z.string().max(500).default("") }))
    .max(60),
});
