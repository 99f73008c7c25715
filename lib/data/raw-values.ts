/**
 * Values of columns read with plain SQL ($queryRaw), which answers them as SQLite stores them:
 * DateTime as ISO text or epoch milliseconds, Json as text, Int as number or bigint.
 */
export const sqlDate = (v: unknown): Date => (v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : (v as string | number)));
export const sqlJson = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v);
