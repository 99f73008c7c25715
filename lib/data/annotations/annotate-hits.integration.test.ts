import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createRevision } = await import("../revisions/create-revision");
const { createEntity } = await import("../entities/entities");
const { annotateHits } = await import("./annotate-hits");
const { undoAnnotationBatch } = await import("./undo-annotation-batch");
const { createAnnotation } = await import("./create-annotation");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
let ada: Awaited<ReturnType<typeof testUser>>;
let cora: Awaited<ReturnType<typeof testUser>>;
beforeAll(async () => {
  ada = await testUser("ah-admin", "admin");
  cora = await testUser("ah-corrector", "corrector");
});

describe("annotate every hit", () => {
  it("tags every mention as one batch, skips those already tagged, follows corrections, and undoes as one", async () => {
    const c = (await getDb().collection.create({ data: { name: "tag all", settings: {} }, select: { id: true } })).id;
    const texts = ["Otroshchenko met Generalov.", "Later Otroshchenko left; Otroshchenko wrote.", "Nobody here."];
    const ids = [];
    for (const text of texts) ids.push((await createDocument({ title: text.slice(0, 9), text, facts, authorId: null, collectionId: c })).id);
    const entity = await createEntity({ name: "Andrey Markovich Otroshchenko", type: "person" });
    await createAnnotation({ documentId: ids[1], start: 6, end: 18, tag: "person", entityId: entity.id, authorId: ada.id });

    const batch = await annotateHits({ input: { query: "Otroshchenko", mode: "words", collectionId: c, tag: "person", entityId: entity.id }, author: cora });
    expect(batch).toMatchObject({ created: 2, skipped: 1, documents: 2 });
    const made = await getDb().annotation.findMany({ where: { batchId: batch.id }, select: { documentId: true, exact: true, start: true } });
    expect(made.map((a) => [a.documentId, a.exact, a.start]).sort()).toEqual([[ids[0], "Otroshchenko", 0], [ids[1], "Otroshchenko", 25]].sort());

    // They are ordinary annotations: they follow a correction.
    await createRevision({ documentId: ids[0], baseSeq: 0, text: `Report. ${texts[0]}`, message: "m", authorId: ada.id });
    expect(await getDb().annotation.findFirst({ where: { batchId: batch.id, documentId: ids[0] }, select: { start: true, status: true } })).toEqual({ start: 8, status: "anchored" });

    // Again: every hit carries it already, and no empty batch is kept.
    expect(await annotateHits({ input: { query: "Otroshchenko", mode: "words", collectionId: c, tag: "person", entityId: entity.id }, author: cora })).toEqual({ id: null, created: 0, skipped: 3, documents: 0 });
    expect(await getDb().annotationBatch.count()).toBe(1);

    await expect(undoAnnotationBatch({ id: batch.id!, actor: { ...ada, role: "viewer" as never } })).rejects.toMatchObject({ code: "forbidden" });
    expect(await undoAnnotationBatch({ id: batch.id!, actor: cora })).toEqual({ id: batch.id, removed: 2 });
    expect(await getDb().annotation.count({ where: { documentId: { in: ids } } })).toBe(1);
    await expect(undoAnnotationBatch({ id: batch.id!, actor: cora })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a tag the collection does not have and a search with no hit", async () => {
    await expect(annotateHits({ input: { query: "Otroshchenko", mode: "words", tag: "spaceship" }, author: ada })).rejects.toMatchObject({ code: "invalid" });
    await expect(annotateHits({ input: { query: "Zzyzxword", mode: "words", tag: "person" }, author: ada })).rejects.toMatchObject({ code: "invalid", message: "The search finds nothing to annotate" });
    // Nothing half-stored: neither refusal left a batch behind.
    expect(await getDb().annotationBatch.count()).toBe(1);
  });
});
