/**
 * Values of columns read with plain SQL ($queryRaw), which answers them as each database stores
 * them: SQLite gives DateTime as ISO text or epoch milliseconds and Json as text, PostgreSQL a
 * Date and a parsed value; counts and sums come as number, bigint or a decimal.
 */
export const sqlDate = (v: unknown): Date => (v instanceof Date ? v : new Date(typeof v === "bigint" ? Number(v) : (v as string | number)));
export const sqlJson = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v);
