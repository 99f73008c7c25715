import { z } from "zod";
import { parseJsonColumn } from "../raw-values";

/** `Entity.variants`: the other spellings of the name, as the registry lists them. */
export const entityVariantsColumn = z.array(z.string());

export const parseEntityVariants = (value: unknown): string[] => parseJsonColumn(entityVariantsColumn, value, "Entity.variants");
