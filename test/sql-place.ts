import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readModules } from "./import-direction";

/**
 * Where hand-written SQL may live. Ordinary queries go through Prisma's builder; SQL is written by
 * hand only where the builder cannot say it or was measured too slow, and then only in these
 * places, so that a change to the schema knows every file to read:
 * - `lib/server/db/`: the client, the dialect seam (`dialect-sql.ts`) and prepared reads;
 * - `lib/server/jobs/`: the job engine's claims and locks (the SQLite queue; pg-boss's executor);
 * - `lib/data/search/`: the search index, whose SQL differs by dialect (FTS5 against tsvector);
 * - any file named `*-sql.ts`: one concern's hot reads, bulk writes or aggregations.
 */
export const SQL_PLACES = [/^lib\/server\/db\//, /^lib\/server\/jobs\//, /^lib\/data\/search\//, /-sql\.ts$/];

/** A call that runs hand-written SQL: Prisma's raw queries, SQL fragments, or a prepared read. */
const HAND_WRITTEN_SQL = /\.\$(queryRaw|executeRaw)(Unsafe)?\b|\bPrisma\.(sql|join|raw)\b|\bpreparedRead\s*[<(]/;

/** The files outside SQL_PLACES that run hand-written SQL, each with the first such line. */
export function sqlOutsidePlaces(files: readonly { path: string; source: string }[]): string[] {
  return files
    .filter((f) => !/\.test\.tsx?$/.test(f.path) && !SQL_PLACES.some((place) => place.test(f.path)))
    .flatMap((f) => {
      const line = f.source.split("\n").find((l) => HAND_WRITTEN_SQL.test(l) && !/^\s*(\/\/|\*)/.test(l));
      return line ? [`${f.path}: ${line.trim()}`] : [];
    });
}

/** The project's own source files under `folders`, with their text. */
export function readSources(root: string, folders: readonly string[]) {
  return readModules(root, folders).map((m) => ({ path: m.path, source: readFileSync(join(root, m.path), "utf8") }));
}
