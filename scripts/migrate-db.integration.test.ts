import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { altoFor, MEMO_LINES, pageImage } from "../test/page-images";
import { DATABASE_KIND, emptyDatabase, useTempDatabase } from "../test/temp-db";

// npm run migrate:db from a SQLite database into a new one: another SQLite file, or PostgreSQL
// in the PostgreSQL half of npm test.

const source = await useTempDatabase({ sqlite: true });
const { getDb, createDb } = await import("../lib/server/db");
const { createDocument } = await import("../lib/data/documents/create-document");
const { createRevision } = await import("../lib/data/revisions/create-revision");
const { createAnnotation } = await import("../lib/data/annotations/create-annotation");
const { createProposal } = await import("../lib/data/proposals/create-proposal");
const { importFiles } = await import("../lib/data/imports/import-documents");
const { testUser } = await import("../test/users");
const { copyDatabase, tableDigests } = await import("./lib/copy-database");
const { createJobQueue } = await import("../lib/server/jobs/jobs");
const { carryOpenJobs } = await import("./lib/carry-jobs");
const { OPEN_STATES, workKey } = await import("../lib/server/jobs/job-shape");

/** A database's open background jobs, as kind and data, sorted. */
async function openJobs(db: ReturnType<typeof createDb>) {
  const queue = createJobQueue(db);
  await queue.start();
  try {
    return (await queue.list({ states: OPEN_STATES, limit: 1000 })).map(workKey).sort();
  } finally {
    await queue.stop();
  }
}

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const migrateDb = (to: string) =>
  spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/migrate-db.ts", "--from", source.url, "--to", to], { env: process.env, encoding: "utf8" });

/** A little of everything: accounts, documents with revisions, annotations, a proposal, a page image with its layer, audit. */
async function fillSource() {
  const admin = await testUser("ada", "admin");
  const corrector = await testUser("cora", "corrector");
  for (let i = 0; i < 7; i++) {
    const text = `Report ${i}: Genserslov met Kuzma N. Derevyanko at Khabarovsk.\nŠimon’s note 𝔄 ${i}`;
    const doc = await createDocument({ title: `report ${i}`, text, facts, authorId: admin.id });
    const fixed = text.replace("Genserslov", "Generalov");
    await createRevision({ documentId: doc.id, baseSeq: 0, text: fixed, message: "Generalov", authorId: admin.id });
    const start = fixed.indexOf("Kuzma");
    await createAnnotation({ documentId: doc.id, start, end: start + 5, tag: "person", authorId: admin.id });
    await createProposal({ documentId: doc.id, baseSeq: 1, text: fixed.replace("Kuzma N.", "Kuzma N. [Nikolayevich]"), message: "patronymic", author: corrector });
  }
  const image = await pageImage({ boxes: MEMO_LINES.flat().map((w) => w.box) });
  const result = await importFiles([{ name: "memo.png", bytes: image }, { name: "memo.xml", bytes: altoFor("memo.png", 600, 400, MEMO_LINES) }], { authorId: admin.id });
  expect(result.errors).toEqual([]);
}

describe(`npm run migrate:db from SQLite to ${DATABASE_KIND}`, () => {
  it("copies every table, verifies counts, hashes and every revision chain, and resumes an interrupted copy", async () => {
    await fillSource();
    const want = await tableDigests(getDb());

    const target = await emptyDatabase(source.dir);
    const done = migrateDb(target);
    expect(done.status, done.stdout + done.stderr).toBe(0);
    expect(done.stdout).toMatch(/ok {3}Revision: 15 rows/);
    expect(done.stdout).toMatch(/Checked 8 documents in \d+ ms: no problems/);
    expect(done.stdout).toMatch(/ok {3}1 page image present/);
    expect(done.stdout).toMatch(/^Done in [\d.]+ s/m);
    const copied = createDb(target);
    expect(await tableDigests(copied)).toEqual(want);
    // The work still to do goes with the data: each save's error rates, waiting in the source.
    const waiting = await openJobs(getDb());
    expect(waiting.filter((j) => j.startsWith("error-rates "))).toHaveLength(7);
    expect(done.stdout).toContain(`Open background jobs: ${waiting.length} sent to the target's engine`);
    expect(await openJobs(copied)).toEqual(waiting);
    await copied.$disconnect();

    // Interrupted after a few batches (a crash, a closed laptop); the command goes on from there.
    const second = await emptyDatabase(source.dir);
    process.env.DATABASE_URL = second;
    const { migrateDatabase } = await import("./lib/cli");
    await migrateDatabase({ quiet: true });
    process.env.DATABASE_URL = source.url;
    const partial = createDb(second);
    let batches = 0;
    await expect(
      copyDatabase({ from: getDb(), to: partial, batch: 2, onProgress: (_, n) => { if (n > 0 && ++batches === 6) throw new Error("interrupted"); } }),
    ).rejects.toThrow("interrupted");
    expect(await partial.user.count()).toBeGreaterThan(0);
    const resumed = migrateDb(second);
    expect(resumed.status, resumed.stdout + resumed.stderr).toBe(0);
    expect(await tableDigests(partial)).toEqual(want);
    // Carried again (a copy stopped between sending the jobs and finishing): none is sent twice.
    expect(await carryOpenJobs({ from: getDb(), to: partial })).toEqual({ carried: 0, alreadyThere: waiting.length });
    expect(await openJobs(partial)).toEqual(waiting);
    await partial.$disconnect();

    // Into a database that already holds a workbench: refused, nothing written.
    const refused = migrateDb(target);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already holds User rows/);
  }, 180_000);
});
