import { describe, expect, it } from "vitest";
import { readSources, sqlOutsidePlaces } from "./sql-place";

describe("hand-written SQL", () => {
  it("would fail on a raw query, a SQL fragment or a prepared read outside its places", () => {
    const raw = "const rows = await db.$queryRaw`SELECT 1`;";
    expect(sqlOutsidePlaces([{ path: "lib/data/users/users.ts", source: raw }])).toEqual([`lib/data/users/users.ts: ${raw}`]);
    expect(sqlOutsidePlaces([{ path: "app/api/x/route.ts", source: "await tx.$executeRawUnsafe(sql)" }])).toHaveLength(1);
    expect(sqlOutsidePlaces([{ path: "lib/data/a/b.ts", source: "const where = Prisma.sql`x = 1`;" }])).toHaveLength(1);
    expect(sqlOutsidePlaces([{ path: "lib/data/a/b.ts", source: "const read = preparedRead<Row>(`SELECT 1`);" }])).toHaveLength(1);
    // Its places, tests, and words in a comment are not findings.
    for (const path of ["lib/server/db/index.ts", "lib/server/jobs/sqlite-queue.ts", "lib/data/search/search-documents.ts", "lib/data/users/user-sql.ts", "lib/data/users/users.test.ts"]) {
      expect(sqlOutsidePlaces([{ path, source: raw }])).toEqual([]);
    }
    expect(sqlOutsidePlaces([{ path: "lib/data/a/b.ts", source: "// read with $queryRaw elsewhere\n * see preparedRead(" }])).toEqual([]);
  });

  it("lives only in its places in the project (the check reads real files)", () => {
    const sources = readSources(process.cwd(), ["lib", "app", "components"]);
    expect(sources.filter((f) => f.path.endsWith("-sql.ts")).length).toBeGreaterThan(5);
    expect(sqlOutsidePlaces(sources)).toEqual([]);
  });
});
