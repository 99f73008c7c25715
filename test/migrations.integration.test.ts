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

describe("the undo-teaching migration", () => {
  it("marks the reverts and changeset undos made before it with the revisions they took back", () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), "workbench-migrate-")), "old.db"));
    const at = names.findIndex((n) => n.endsWith("_undo_teaching"));
    for (const name of names.slice(0, at)) apply(db, name);
    db.exec(`
      INSERT INTO User (id, username, displayName, role, updatedAt) VALUES ('u', 'u', 'U', 'admin', 0);
      INSERT INTO Collection (id, name, settings) VALUES ('c', 'C', '{}');
      INSERT INTO Document (id, collectionId, title, metadata, rawText, rawSha256, headText, updatedAt) VALUES ('d', 'c', 'T', '{}', 'a', 'x', 'a', 0);
      INSERT INTO Revision (id, documentId, seq, message, sha256, length) VALUES
        ('r0', 'd', 0, 'import', 's', 1), ('r1', 'd', 1, 'Fix', 's', 1), ('r2', 'd', 2, 'Fix', 's', 1),
        ('r3', 'd', 3, 'Revert to revision 1', 's', 1), ('r4', 'd', 4, 'Revert to the raw OCR', 's', 1),
        ('r5', 'd', 5, 'Names', 's', 1), ('r6', 'd', 6, 'Undo: Names', 's', 1), ('r7', 'd', 7, 'Revert to revision 2 as the scan reads', 's', 1);
      INSERT INTO Changeset (id, authorId, query, mode, replacement, message, kind, status, hitCount, updatedAt) VALUES ('cs', 'u', 'q', 'words', 'r', 'Names', 'commit', 'reverted', 1, 0);
      INSERT INTO ChangesetDocument (id, changesetId, documentId, baseSeq, edits, status, resultSeq, revertSeq, updatedAt) VALUES ('cd', 'cs', 'd', 4, '[]', 'reverted', 5, 6, 0);`);
    for (const name of names.slice(at)) apply(db, name);
    expect(db.prepare("SELECT seq, undoesFrom, undoesTo FROM Revision ORDER BY seq").all()).toEqual([
      { seq: 0, undoesFrom: null, undoesTo: null },
      { seq: 1, undoesFrom: null, undoesTo: null },
      { seq: 2, undoesFrom: null, undoesTo: null },
      { seq: 3, undoesFrom: 2, undoesTo: 2 },
      { seq: 4, undoesFrom: 1, undoesTo: 3 },
      { seq: 5, undoesFrom: null, undoesTo: null },
      { seq: 6, undoesFrom: 5, undoesTo: 5 },
      // A message a person wrote that only starts like the workbench's is left alone.
      { seq: 7, undoesFrom: null, undoesTo: null },
    ]);
    db.close();
  });
});
