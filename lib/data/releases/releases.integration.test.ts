import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { relateDocuments } = await import("./relate-documents");
const { unrelateDocuments } = await import("./unrelate-documents");
const { listReleases } = await import("./list-releases");
const { compareDocuments } = await import("./compare-documents");
const { supplyFromRelease } = await import("./supply-from-release");
const { listAnnotations } = await import("../annotations/list-annotations");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const EARLY = "The station chief met [2 names not declassified] in the capital on 16 April. He said the army would not move.";
const LATER = "The statlon chief met Jacobo Arbenz and Carlos Diaz in the capital on 16 Aprll. He said [less than 1 line of source text not declassified]";
let admin: Awaited<ReturnType<typeof testUser>>;
const ids = { early: "", later: "", reply: "" };

beforeAll(async () => {
  admin = await testUser("release-admin", "admin");
  const collectionId = (await getDb().collection.create({ data: { name: "releases", settings: {} }, select: { id: true } })).id;
  ids.early = (await createDocument({ title: "2005 release", text: EARLY, facts, authorId: admin.id, collectionId })).id;
  ids.later = (await createDocument({ title: "2017 release", text: LATER, facts, authorId: admin.id, collectionId })).id;
  ids.reply = (await createDocument({ title: "The reply", text: "Received your cable.", facts, authorId: admin.id, collectionId })).id;
});

describe(`releases on ${DATABASE_KIND}`, () => {
  it("relates documents once, shows each relation from both ends, and refuses a duplicate, a self-relation or an unknown relation", async () => {
    await relateDocuments({ documentId: ids.early, otherId: ids.later, relation: "release-of", actorId: admin.id });
    const reply = await relateDocuments({ documentId: ids.reply, otherId: ids.early, relation: "reply-to", actorId: admin.id });
    await expect(relateDocuments({ documentId: ids.later, otherId: ids.early, relation: "release-of", actorId: admin.id })).rejects.toMatchObject({ status: 409 });
    await expect(relateDocuments({ documentId: ids.early, otherId: ids.early, relation: "release-of", actorId: admin.id })).rejects.toMatchObject({ status: 422 });
    await expect(relateDocuments({ documentId: ids.early, otherId: ids.later, relation: "cousin-of", actorId: admin.id })).rejects.toMatchObject({ status: 422, details: { field: "relation" } });
    await expect(relateDocuments({ documentId: ids.early, otherId: "nope", relation: "same-as", actorId: admin.id })).rejects.toMatchObject({ status: 404 });
    expect((await listReleases({ documentId: ids.early })).map((r) => [r.title, r.relation])).toEqual([["2017 release", "release-of"], ["The reply", "replied-by"]]);
    expect((await listReleases({ documentId: ids.later })).map((r) => [r.title, r.relation])).toEqual([["2005 release", "release-of"]]);
    expect((await listReleases({ documentId: ids.reply })).map((r) => [r.title, r.relation])).toEqual([["2005 release", "reply-to"]]);
    await unrelateDocuments({ documentId: ids.early, relationId: reply.id, actorId: admin.id });
    expect(await listReleases({ documentId: ids.reply })).toEqual([]);
    await expect(unrelateDocuments({ documentId: ids.later, relationId: reply.id, actorId: admin.id })).rejects.toMatchObject({ status: 404 });
  });

  it("compares the releases by their redaction annotations, both ways", async () => {
    const { segments } = await compareDocuments({ documentId: ids.early, otherId: ids.later });
    expect(segments.filter((s) => s.kind !== "same").map((s) => [s.kind, s.here.text, s.there.text])).toEqual([
      ["redacted-here", "[2 names not declassified]", "Jacobo Arbenz and Carlos Diaz"],
      ["redacted-there", "the army would not move", "[less than 1 line of source text not declassified]"],
    ]);
    await expect(compareDocuments({ documentId: ids.early, otherId: ids.early })).rejects.toMatchObject({ status: 422 });
  });

  it("fills a withheld span from the other release as a supplied annotation naming its source, never touching the text, once", async () => {
    const start = EARLY.indexOf("[2 names");
    const end = start + "[2 names not declassified]".length;
    await supplyFromRelease({ documentId: ids.early, otherId: ids.later, start, end, authorId: admin.id });
    const supplied = (await listAnnotations({ documentId: ids.early })).find((a) => a.tag === "supplied")!;
    expect(supplied).toMatchObject({ exact: "[2 names not declassified]", body: "Jacobo Arbenz and Carlos Diaz", suppliedFrom: { documentId: ids.later, seq: 0 } });
    expect((await getDb().document.findUniqueOrThrow({ where: { id: ids.early } })).headText).toBe(EARLY);
    await expect(supplyFromRelease({ documentId: ids.early, otherId: ids.later, start, end, authorId: admin.id })).rejects.toMatchObject({ status: 409 });
    // A span the comparison does not find withheld here is refused: nothing is supplied from a guess.
    await expect(supplyFromRelease({ documentId: ids.early, otherId: ids.later, start: 0, end: 3, authorId: admin.id })).rejects.toMatchObject({ status: 422 });
  });
});
