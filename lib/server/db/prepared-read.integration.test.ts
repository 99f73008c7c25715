// The request path's prepared reads (lib/server/db/prepared-read) run on a connection of their own on
// SQLite: what Prisma commits must be visible to them at once, or a revoked token, a signed-out
// session or a just-saved text would outlive its change.
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { preparedRead, toNumberedParameters } = await import("./prepared-read");
const { getDb } = await import("./index");
const { createApiToken, getTokenUser, revokeApiToken } = await import("../../data/users/api-tokens");
const { createSession, deleteSession, getSessionUser } = await import("../../data/users/sessions");
const { createDocument } = await import("../../data/documents/create-document");
const { commitRevision } = await import("../../data/revisions/commit-revision");
const { readDocument } = await import("../../data/documents/read-document");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };

describe("prepared reads", () => {
  it("read a database that nothing has opened yet in this process", async () => {
    const count = preparedRead<{ n: number | bigint }>(`SELECT COUNT(*) AS "n" FROM "User" WHERE "username" = ?`);
    expect((await count("nobody")).map((r) => Number(r.n))).toEqual([0]);
  });

  it("see a revoked token, a disabled user and a deleted session at once", async () => {
    const ada = await testUser("ada-reads", "reviewer");
    const { id: tokenId, token } = await createApiToken({ userId: ada.id, name: "t", actorId: null });
    expect((await getTokenUser({ token }))?.username).toBe("ada-reads");
    await revokeApiToken({ userId: ada.id, tokenId });
    expect(await getTokenUser({ token })).toBeNull();

    const { secret } = await createSession(ada.id);
    expect((await getSessionUser({ secret }))?.role).toBe("reviewer");
    await getDb().user.update({ where: { id: ada.id }, data: { disabledAt: new Date() } });
    expect(await getSessionUser({ secret })).toBeNull();
    await getDb().user.update({ where: { id: ada.id }, data: { disabledAt: null } });
    expect((await getSessionUser({ secret }))?.id).toBe(ada.id);
    await deleteSession({ secret });
    expect(await getSessionUser({ secret })).toBeNull();
  });

  it("see a saved revision as soon as the save returns", async () => {
    const { id } = await createDocument({ title: "reads", text: "Comrade Genserslov left.", facts, authorId: null });
    for (let seq = 0; seq < 5; seq++) {
      const text = `Comrade Generalov left ${seq + 1} times.`;
      await commitRevision({ documentId: id, baseSeq: seq, text, message: "fix", author: await testUser(`saver-${seq}`, "reviewer") });
      const read = await readDocument({ id });
      expect([read.summary.headSeq, read.text]).toEqual([seq + 1, text]);
    }
    await expect(readDocument({ id: "missing" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("toNumberedParameters", () => {
  it("numbers each placeholder in order, for PostgreSQL", () => {
    expect(toNumberedParameters(`SELECT 1 FROM "T" WHERE "a" = ? AND "b" IN (?, ?)`)).toBe(`SELECT 1 FROM "T" WHERE "a" = $1 AND "b" IN ($2, $3)`);
  });
});
