import { z } from "zod";

/** `POST /api/assignments`: documents to one person (`userId: null` takes them off whoever has them). */
export const assignSchema = z.object({
  documentIds: z.array(z.string().min(1).max(100)).min(1).max(500),
  userId: z.string().min(1).max(100).nullable(),
  dueDate: z.string().max(10).nullish(),
});

/** Where documents come in the next-task order: 1 high, 0 normal, -1 low (a small scale a team can agree on). */
export const prioritySchema = z.object({
  documentIds: z.array(z.string().min(1).max(100)).min(1).max(500),
  priority: z.number().int().min(-1).max(1),
});
