/** The two databases the workbench runs on; the URL decides, as it does for Prisma. */
export type Dialect = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/workbench.db";

export function dialectOf(url: string): Dialect {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL, got ${url.replace(/\/\/[^@/]*@/, "//…@")}`);
}

/** The dialect of the database this process uses. */
export const dialect = (): Dialect => dialectOf(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
