import { z } from "zod";

/** `POST /api/assignments`: documents to one person (`userId: null` takes them off whoever has them). */
export const assignSchema = z.object({
  documentIds: z.array(z.string().min(1).max(100)).min(1).max(500),
  userId: z.string().min(1).max(100).nullable(),
  dueDate: z.string().max(10).nullish(),
});
