import type { z } from "zod";
import { AppError } from "../errors";

/**
 * Values of columns read with plain SQL ($queryRaw), which answers them as each database stores
 * them: SQLite gives DateTime as ISO text or epoch milliseconds and Json as text, PostgreSQL a
 * Date and a parsed value; counts and sums come as number, bigint or a decimal.
 */
export const sqlDate = (v: unknown): Date => (v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : (v as string | number)));
export const sqlJson = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v);

/**
 * A JSON column's value checked against its schema (each column's schema is in its `*-shape.ts`),
 * from Prisma or from plain SQL alike. A value that does not fit is a damaged row: a 500 that
 * names the column and what does not fit, never a value of the wrong shape passed on.
 */
export function parseJsonColumn<T>(schema: z.ZodType<T>, value: unknown, column: string): T {
  const parsed = schema.safeParse(sqlJson(value));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError("internal", `${column} does not hold what it should (${issue ? `${issue.path.join(".") || "the value"}: ${issue.message}` : "unreadable"}); run npm run fsck`);
}
