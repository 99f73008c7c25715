import { z } from "zod";
import { isCommonPassword } from "./common-passwords";
import { ROLES } from "./permissions";

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "A username has at least 2 characters")
  .max(40, "A username has at most 40 characters")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "A username uses letters a–z, digits, dots, dashes and underscores");

/** NIST SP 800-63B: length matters, composition rules do not. */
export const passwordSchema = z
  .string()
  .min(10, "A password has at least 10 characters")
  .max(200, "A password has at most 200 characters")
  .refine((p) => !isCommonPassword(p), "That password is one of the most common ones, which attackers try first: choose another");

export const roleSchema = z.enum(ROLES);

export const newUserSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().max(80).optional(),
  password: passwordSchema,
  role: roleSchema,
});

export const signInSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(200),
  password: z.string().min(1).max(200),
});
