import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const migrations = join(process.cwd(), "prisma", "migrations");
const names = readdirSync(migrations).filter((n) => /^\d/.test(n)).sort();
const apply = (db: Database.Database, name: string) => db.exec(readFileSync(join(migrations, name, "migration.sql"), "utf8"));

describe("the accounts migration", () => {
  it("turns the author names of existing revisions and annotations into users, and the raw OCR's into nobody", () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), "workbench-migrate-")), "old.db"));
    const accounts = names.findIndex((n) => n.endsWith("_accounts_and_review"));
    for (const name of names.slice(0, accounts)) apply(db, name);
    db.exec(`
      INSERT INTO Collection (id, name, settings) VALUES ('c', 'C', '{}');
      INSERT INTO Document (id, collectionId, title, metadata, rawText, rawSha256, headText, updatedAt) VALUES ('d', 'c', 'T', '{}', 'a', 'x', 'a', 0);
      INSERT INTO Revision (id, documentId, seq, author, message, sha256, length) VALUES
        ('r0', 'd', 0, 'OCR import', 'import', 's', 1), ('r1', 'd', 1, 'Anna Lee', 'm', 's', 1), ('r2', 'd', 2, 'anna lee', 'm', 's', 1);
      INSERT INTO Annotation (id, documentId, start, "end", exact, prefix, suffix, tag, author, anchoredSeq, updatedAt) VALUES
        ('a', 'd', 0, 1, 'a', '', '', 'person', 'Bob', 0, 0);`);
    for (const name of names.slice(accounts)) apply(db, name);

    const users = db.prepare("SELECT id, username, displayName, role, passwordHash FROM User ORDER BY username").all() as Record<string, string | null>[];
    expect(users.map(({ id: _id, ...u }) => u)).toEqual([
      { username: "anna.lee", displayName: "Anna Lee", role: "corrector", passwordHash: null },
      { username: "bob", displayName: "Bob", role: "corrector", passwordHash: null },
    ]);
    const id = (username: string) => users.find((u) => u.username === username)!.id;
    expect(db.prepare("SELECT id, authorId FROM Revision ORDER BY seq").all()).toEqual([
      { id: "r0", authorId: null },
      { id: "r1", authorId: id("anna.lee") },
      { id: "r2", authorId: id("anna.lee") },
    ]);
    expect(db.prepare("SELECT authorId FROM Annotation").get()).toEqual({ authorId: id("bob") });
    expect(db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    db.close();
  });
});
