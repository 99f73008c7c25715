import { z } from "zod";

export const proposeSchema = z.object({
  baseSeq: z.number().int().min(0),
  text: z.string(),
  message: z.string().max(500).default(""),
});

export const approveSchema = z.object({
  note: z.string().max(2000).optional(),
  hunks: z.array(z.number().int().min(0)).max(100_000).optional(),
});

export const rejectSchema = z.object({ note: z.string().max(2000) });

export const resubmitSchema = proposeSchema.partial({ message: true });

export const documentLevelSchema = z.object({ status: z.enum(["corrected", "approved"]) });
