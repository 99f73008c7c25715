import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyDatabase, useTempDatabase } from "../test/temp-db";

// npm run backup and npm run restore, run as a user runs them, on the database of this suite
// (SQLite, or PostgreSQL in the PostgreSQL half of npm test).

const source = await useTempDatabase();
const { createDocument } = await import("../lib/data/documents/create-document");
const { createRevision } = await import("../lib/data/revisions/create-revision");
const { testUser } = await import("../test/users");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const script = (name: string) => ["--conditions=react-server", `scripts/${name}.ts`];
const runWith = (url: string, name: string, args: string[]) =>
  spawnSync("node_modules/.bin/tsx", [...script(name), ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });

describe("npm run backup and npm run restore", () => {
  it("a backup taken during a burst of saves holds every save made before it started, and restores to a clean fsck", async () => {
    const author = (await testUser("burst", "admin")).id;
    const doc = await createDocument({ title: "burst", text: "Genserslov met Il'inh at Khabarovsk.", facts, authorId: null });
    let seq = 0;
    let text = "Genserslov met Il'inh at Khabarovsk.";
    const save = async () => {
      text = `${text} ${seq}`;
      await createRevision({ documentId: doc.id, baseSeq: seq, text, message: `save ${seq + 1}`, authorId: author });
      seq++;
    };
    for (let i = 0; i < 20; i++) await save();
    const savedBefore = seq;
    const file = join(source.dir, "burst.backup");
    const backup = spawn("node_modules/.bin/tsx", [...script("backup"), file], { env: process.env });
    let output = "";
    backup.stdout.on("data", (d) => (output += d));
    backup.stderr.on("data", (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => backup.on("exit", resolve));
    let running = true;
    void exited.then(() => (running = false));
    // Saves go on while the backup runs. SQLite answers synchronously under Prisma's promises:
    // yield to the event loop, or the backup's exit is never heard.
    while (running) {
      await save();
      await new Promise((r) => setImmediate(r));
    }
    expect(await exited, output).toBe(0);
    expect(seq).toBeGreaterThan(savedBefore);

    const target = await emptyDatabase(source.dir);
    const restored = runWith(target, "restore", [file]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored .* Check it with npm run fsck\.$/m);
    const fsck = runWith(target, "fsck", []);
    expect(fsck.status, fsck.stdout + fsck.stderr).toBe(0);
    const { createDb } = await import("../lib/server/db");
    const db = createDb(target);
    const seqs = (await db.revision.findMany({ where: { documentId: doc.id }, select: { seq: true } })).map((r) => r.seq);
    await db.$disconnect();
    for (let s = 0; s <= savedBefore; s++) expect(seqs).toContain(s);
  }, 120_000);

  it("never overwrites a backup, restores only into an empty database, and refuses a file that is no backup", async () => {
    const file = join(source.dir, "twice.backup");
    expect(runWith(source.url, "backup", [file]).status).toBe(0);
    const again = runWith(source.url, "backup", [file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists already/);
    const intoFull = runWith(source.url, "restore", [file]);
    expect(intoFull.status).toBe(1);
    expect(intoFull.stderr).toMatch(/empty/);
    const junk = join(source.dir, "junk.backup");
    writeFileSync(junk, "SELECT 1; -- not a backup");
    const refused = runWith(await emptyDatabase(source.dir), "restore", [junk]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/neither a SQLite backup nor a pg_dump/);
  }, 60_000);
});
