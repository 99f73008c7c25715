import { z } from "zod";
import { RELATIONS } from "../records/relations";

export const relateSchema = z.object({ documentId: z.string().min(1).max(100), relation: z.enum(RELATIONS).default("release-of") });

export const supplySchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() });
