import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { userId } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createRevision } = await import("../revisions/create-revision");
const { createAnnotation } = await import("./create-annotation");
const { deleteAnnotation } = await import("./delete-annotation");
const { getAnnotation } = await import("./get-annotation");
const { listAnnotations } = await import("./list-annotations");
const { updateAnnotation } = await import("./update-annotation");
const { createEntity, getEntityWithMentions, listEntities } = await import("../entities/entities");
const { updateTagSet, getTagSet } = await import("./tag-set");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const TEXT = "3. There were two or three meetings between Otroshchenko, Genserslov, and the Japanese. 😀 Later, Genserslov left.";

describe(`annotations on ${DATABASE_KIND}`, () => {
  let docId = "";
  let entityId = "";
  beforeAll(async () => {
    docId = (await createDocument({ title: "ann", text: TEXT, facts, authorId: await userId("t") })).id;
    entityId = (await createEntity({ type: "person", name: "Nikolay Ivanovich Generalov", variants: ["Genserslov", "Generalov"] })).id;
  });

  it("annotates a person, follows a correction, and lists the mention on the entity", async () => {
    const start = TEXT.indexOf("Genserslov");
    const a = await createAnnotation({ documentId: docId, start, end: start + 10, tag: "person", entityId, authorId: await userId("Ada") });
    expect(a).toMatchObject({ exact: "Genserslov", status: "anchored", anchoredSeq: 0 });

    const fixed = TEXT.replace("Genserslov", "Generalov");
    const rev = await createRevision({ documentId: docId, baseSeq: 0, text: fixed, message: "fix", authorId: await userId("Ada") });
    expect(rev.annotations).toEqual({ anchored: 1, fuzzy: 0, orphaned: 0 });
    const [after] = await listAnnotations({ documentId: docId });
    expect(after).toMatchObject({ exact: "Generalov", status: "anchored", anchoredSeq: 1, start, end: start + 9 });
    // The list's one SQL join answers exactly what Prisma's select does for one annotation.
    expect(after).toMatchObject({ author: "Ada", entity: { id: entityId, name: "Nikolay Ivanovich Generalov", type: "person" } });
    expect({ ...after, documentId: docId }).toEqual(await getAnnotation({ id: a.id }));

    const entity = await getEntityWithMentions({ id: entityId });
    expect(entity.variants).toEqual(["Genserslov", "Generalov"]);
    expect(entity.mentions).toEqual([expect.objectContaining({ exact: "Generalov", document: expect.objectContaining({ id: docId }) })]);
    expect((await listEntities({ q: "gensers" })).map((e) => e.id)).toEqual([entityId]);
  });

  it("shifts annotations after an edit before them in one update, and orphans a deleted span", async () => {
    const doc = await getDb().document.findUniqueOrThrow({ where: { id: docId }, select: { headText: true, headSeq: true } });
    const later = doc.headText.lastIndexOf("Genserslov");
    const b = await createAnnotation({ documentId: docId, start: later, end: later + 10, tag: "person", authorId: await userId("Ada") });
    const deleted = doc.headText.replace(" Later, Genserslov left.", "");
    const prefixed = "SECRET " + deleted;
    await createRevision({ documentId: docId, baseSeq: doc.headSeq, text: prefixed, message: "cut", authorId: await userId("Ada") });
    const all = await listAnnotations({ documentId: docId });
    const orphan = all.find((x) => x.id === b.id)!;
    expect(orphan).toMatchObject({ status: "orphaned", exact: "Genserslov", anchoredSeq: doc.headSeq });
    expect(all[0]).toMatchObject({ exact: "Generalov", start: TEXT.indexOf("Genserslov") + 7 });
    // An orphan's position selector holds on the revision it was last anchored to.
    expect(orphan.startCodePoint).toBe([...doc.headText.slice(0, later)].length);
    expect(await getAnnotation({ id: b.id })).toEqual({ ...orphan, documentId: docId });

    // Re-attach the orphan to a selection on the head text.
    const head = prefixed;
    const at = head.indexOf("Otroshchenko");
    const moved = await updateAnnotation({ id: b.id, changes: { start: at, end: at + 12 }, actor: { id: await userId("Ada"), role: "admin" } });
    expect(moved).toMatchObject({ status: "anchored", exact: "Otroshchenko" });
    await deleteAnnotation({ id: b.id, actor: { id: await userId("Ada"), role: "admin" } });
    expect((await listAnnotations({ documentId: docId })).map((x) => x.id)).not.toContain(b.id);
  });

  it("refuses bad ranges, unknown tags and unknown entities with 422 and stores nothing", async () => {
    const before = await getDb().annotation.count();
    const head = (await getDb().document.findUniqueOrThrow({ where: { id: docId }, select: { headText: true } })).headText;
    const emoji = head.indexOf("😀");
    const bad = [
      { start: 10, end: 5, tag: "person" },
      { start: 0, end: 10_000, tag: "person" },
      { start: emoji + 1, end: emoji + 3, tag: "person" },
      { start: 0, end: 3, tag: "spaceship" },
      { start: 0, end: 3, tag: "person", entityId: "nope" },
      { start: 1.5, end: 3, tag: "person" },
    ];
    for (const input of bad) {
      await expect(createAnnotation({ documentId: docId, authorId: await userId("t"), ...input })).rejects.toMatchObject({ code: "invalid" });
    }
    expect(await getDb().annotation.count()).toBe(before);
    await expect(createAnnotation({ documentId: "nope", start: 0, end: 1, tag: "person", authorId: await userId("t") })).rejects.toMatchObject({ code: "not_found" });
  });

  it("edits the tag set but keeps tags that annotations use", async () => {
    const collectionId = (await getDb().document.findUniqueOrThrow({ where: { id: docId }, select: { collectionId: true } })).collectionId;
    const tags = await getTagSet({ collectionId });
    expect(tags.map((t) => t.key)).toContain("unclear");
    await expect(updateTagSet({ collectionId, tags: tags.filter((t) => t.key !== "person") })).rejects.toMatchObject({ code: "invalid" });
    const edited = await updateTagSet({ collectionId, tags: [...tags, { key: "vessel", label: "Vessel", color: "#123456", description: "A ship" }] });
    expect(edited.map((t) => t.key)).toContain("vessel");
    const a = await createAnnotation({ documentId: docId, start: 0, end: 2, tag: "vessel", authorId: await userId("t") });
    expect(a.tag).toBe("vessel");
  });
});

describe(`re-anchoring many annotations on ${DATABASE_KIND}`, () => {
  it("moves every annotation exactly through edits that shift runs of them up and down", async () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const text = words.join(" ");
    const doc = await createDocument({ title: "many", text, facts, authorId: await userId("t") });
    let at = 0;
    for (const w of words) {
      await createAnnotation({ documentId: doc.id, start: at, end: at + w.length, tag: "person", authorId: await userId("t") });
      at += w.length + 1;
    }
    // Lengthen one early word a lot and delete a later stretch, so that shifts go both ways.
    const next = text.replace("w10 ", "w10 " + "x".repeat(500) + " ").replace(/w150 .* w160 /, "");
    await createRevision({ documentId: doc.id, baseSeq: 0, text: next, message: "", authorId: await userId("t") });
    const all = await listAnnotations({ documentId: doc.id });
    const live = all.filter((a) => a.status !== "orphaned");
    for (const a of live) expect(next.slice(a.start, a.end)).toBe(a.exact);
    expect(live.map((a) => a.exact)).toEqual([...words.slice(0, 150), ...words.slice(161)]);
    expect(all.filter((a) => a.status === "orphaned").map((a) => a.exact)).toEqual(words.slice(150, 161));
  });
});
