import { z } from "zod";
import { createRevisionSchema } from "./api";

/** A proposal carries what a direct save does: the text, the revision it started from, a message. */
export const proposeSchema = createRevisionSchema;

export const approveSchema = z.object({
  note: z.string().max(2000).optional(),
  hunks: z.array(z.number().int().min(0)).max(100_000).optional(),
});

export const rejectSchema = z.object({ note: z.string().max(2000) });

export const resubmitSchema = proposeSchema.partial({ message: true });

export const documentLevelSchema = z.object({ status: z.enum(["corrected", "approved"]) });
