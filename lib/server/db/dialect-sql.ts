import { Prisma } from "../generated/prisma/client";
import { dialect } from "./dialect";

/**
 * The SQL that differs between SQLite and PostgreSQL outside search (whose seam is
 * lib/data/search/index-sql.ts): hand-written SQL elsewhere uses these rather than branching.
 */

/** A JSON value for a Json column, sent as text: PostgreSQL casts it to jsonb; SQLite stores the text. */
export const jsonValue = (json: string): Prisma.Sql => (dialect() === "postgresql" ? Prisma.sql`CAST(${json} AS jsonb)` : Prisma.sql`${json}`);
