import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

// The import and fsck commands, run as a user runs them, on a temporary database.

const dir = mkdtempSync(join(tmpdir(), "workbench-cli-"));
const env = { ...process.env, DATABASE_URL: `file:${join(dir, "cli.db")}` };
const run = (script: string, args: string[]) =>
  spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", `scripts/${script}.ts`, ...args], { env, encoding: "utf8" });

describe("npm run import and npm run fsck", () => {
  it("imports good files, names the bad one, prints a summary, and fsck finds corruption", () => {
    const files = join(dir, "in");
    spawnSync("mkdir", ["-p", join(files, "nested")]);
    writeFileSync(join(files, "one.txt"), "Genserslov\r\nline two\r\n");
    writeFileSync(join(files, "nested", "two.txt"), "Kuzma N. Nikolayevich Derevyanko");
    writeFileSync(join(files, "bad.txt"), Buffer.from([0x61, 0xe2, 0x28, 0xa1]));
    writeFileSync(join(files, "skip.pdf"), "not text");

    const imported = run("import", [files]);
    expect(imported.status).toBe(1);
    const lines = imported.stdout.trim().split("\n");
    expect(lines.filter((l) => l.includes("✓"))).toHaveLength(2);
    expect(imported.stdout).toMatch(/✗ .*bad\.txt: .*bad\.txt is not valid UTF-8 \(first bad byte at offset 1\); it reads as Windows-1252.* \(422\) \(import it converted with --encoding windows-1252\)/);
    expect(lines.at(-1)).toBe("Imported 2 of 4 files; 2 refused.");
    // Named .pdf but holding text: read by its content and refused with the reason.
    expect(imported.stdout).toMatch(/✗ .*skip\.pdf: .*holds text, not the image or PDF its name suggests/);
    const converted = run("import", ["--encoding", "windows-1252", join(files, "bad.txt")]);
    expect(converted.stdout).toMatch(/✓ .*bad\.txt → /);


    const clean = run("fsck", []);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain("Checked 3 documents");

    const db = new Database(join(dir, "cli.db"));
    const doc = db.prepare("SELECT id FROM Document WHERE title = 'one'").get() as { id: string };
    db.prepare("UPDATE Document SET headText = 'tampered' WHERE id = ?").run(doc.id);
    db.close();
    const broken = run("fsck", []);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`FAIL one`);
    expect(broken.stdout).toContain(`document ${doc.id} seq 0: stored headText differs`);
  });
});

describe("npm run import with page images", () => {
  it("imports a folder of images with their ALTO layers as one document per image with --each", async () => {
    const { altoFor, MEMO_LINES, pageImage } = await import("../test/page-images");
    const pages = join(dir, "pages");
    spawnSync("mkdir", ["-p", pages]);
    for (const name of ["a", "b"]) {
      writeFileSync(join(pages, `${name}.png`), await pageImage({ boxes: [[10, 10, name === "a" ? 50 : 60, 10]] }));
      writeFileSync(join(pages, `${name}.xml`), altoFor(`${name}.png`, 600, 400, [...MEMO_LINES, [{ text: `page-${name}`, box: [20, 200, 80, 30] }]]));
    }
    const imported = run("import", ["--each", "--collection", "scans", pages]);
    expect(imported.stdout).toMatch(/✓ a → /);
    expect(imported.stdout).toMatch(/✓ b → /);
    expect(imported.stdout.trim().split("\n").at(-1)).toBe("Imported 2 documents from 4 files; 0 refused.");
    expect(imported.status).toBe(0);
    const db = new Database(join(dir, "cli.db"), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM Page p JOIN Document d ON d.id = p.documentId WHERE d.title IN ('a', 'b')").get()).toEqual({ n: 2 });
    const { imageKey } = db.prepare("SELECT imageKey FROM Page p JOIN Document d ON d.id = p.documentId WHERE d.title = 'a'").get() as { imageKey: string };
    db.close();
    expect(run("fsck", []).stdout).toMatch(/ok {3}2 page images present, matching their hashes and their layers/);
    // A damaged image file is found by its hash.
    writeFileSync(join(dir, "images", "blobs", imageKey.slice(0, 2), imageKey.slice(2, 4), imageKey), "damaged");
    const broken = run("fsck", []);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`FAIL page image: document \\S+ page 1: its image ${imageKey.slice(0, 12)}… does not match its SHA-256`));
  });
});

describe("npm run user:create and npm run token:create", () => {
  it("creates an account, refuses a short password and a taken name, and prints a working token on the last line", () => {
    expect(run("user-create", ["--username", "Ines", "--password", "short", "--role", "reviewer"]).status).toBe(2);
    const created = run("user-create", ["--username", "Ines", "--password", "a long enough password", "--role", "reviewer", "--name", "Inès V."]);
    expect(created.status).toBe(0);
    expect(created.stdout).toContain("Created reviewer ines (Inès V.)");
    expect(run("user-create", ["--username", "ines", "--password", "a long enough password", "--role", "viewer"]).status).toBe(1);

    const token = run("token-create", ["--username", "ines"]);
    expect(token.status).toBe(0);
    const last = token.stdout.trim().split("\n").at(-1) ?? "";
    expect(last).toMatch(/^wbt_[A-Za-z0-9_-]{43}$/);
    const db = new Database(join(dir, "cli.db"), { readonly: true });
    const stored = db.prepare("SELECT tokenHash FROM ApiToken").all() as { tokenHash: string }[];
    const hash = db.prepare("SELECT passwordHash FROM User WHERE username = 'ines'").get() as { passwordHash: string };
    db.close();
    // Only hashes are stored: SHA-256 of the token, argon2id of the password.
    expect(stored.map((s) => s.tokenHash)).toContain(createHash("sha256").update(last).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(last);
    expect(hash.passwordHash).toMatch(/^\$argon2id\$/);
    expect(run("token-create", ["--username", "nobody"]).status).toBe(1);
  });
});
