import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";
import { parametersOf } from "../../records/record-filter";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createAnnotation } = await import("../annotations/create-annotation");
const { updateAnnotation } = await import("../annotations/update-annotation");
const { listAnnotations } = await import("../annotations/list-annotations");
const { listDocuments } = await import("../documents/list-documents");
const { searchDocuments } = await import("../search/search-documents");
const { updateMetadataSchema } = await import("./update-metadata-schema");
const { getMetadataSchema } = await import("./get-metadata-schema");
const { collectionMetrics } = await import("../metrics/collection-metrics-sql");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const params = (query: string) => parametersOf(new URLSearchParams(query));
let admin: Awaited<ReturnType<typeof testUser>>;
let collectionId = "";
const ids: Record<string, string> = {};

const TEXTS = {
  bracketed: "Station report. Contact with [2 names not declassified] in the capital; [4 paragraphs (17 lines of source text) not declassified] Ends.",
  stamped: "Chief of station met the source. 25X1 The source said the plan stands. (b)(1) (b)(3) NatSecAct",
  short: "Cable sent to [place not declassified] with [less than 1 line of source text not declassified] attached.",
  plain: "A text with nothing withheld from it, not declassified in any bracket.",
};

beforeAll(async () => {
  admin = await testUser("redaction-admin", "admin");
  collectionId = (await getDb().collection.create({ data: { name: "releases", settings: {} }, select: { id: true } })).id;
  for (const [key, text] of Object.entries(TEXTS)) ids[key] = (await createDocument({ title: key, text, facts, authorId: admin.id, collectionId })).id;
});

describe(`redactions on ${DATABASE_KIND}`, () => {
  it("marks the brackets and stamps a text comes in with as redactions found on import, the text unchanged", async () => {
    const found = await listAnnotations({ documentId: ids.bracketed });
    expect(found.map((a) => ({ exact: a.exact, source: a.source, exemptions: a.exemptions, extent: a.extent, author: a.authorId }))).toEqual([
      { exact: "[2 names not declassified]", source: "import", exemptions: ["not declassified"], extent: { quantity: 2, unit: "names" }, author: null },
      { exact: "[4 paragraphs (17 lines of source text) not declassified]", source: "import", exemptions: ["not declassified"], extent: { quantity: 17, unit: "lines" }, author: null },
    ]);
    const stamps = await listAnnotations({ documentId: ids.stamped });
    expect(stamps.map((a) => [a.exact, a.exemptions])).toEqual([["25X1", ["25X1"]], ["(b)(1) (b)(3) NatSecAct", ["(b)(1)", "(b)(3) NatSecAct"]]]);
    expect((await getDb().document.findUniqueOrThrow({ where: { id: ids.bracketed } })).headText).toBe(TEXTS.bracketed);
    expect(await listAnnotations({ documentId: ids.plain })).toEqual([]);
  });

  it("stores a person's redaction with codes in the list's spelling, and refuses a code the list lacks or codes on another tag", async () => {
    const at = TEXTS.plain.indexOf("nothing");
    const made = await createAnnotation({ documentId: ids.plain, authorId: admin.id, start: at, end: at + 7, tag: "redaction", exemptions: ["(B)(1)", "25x1"], extent: { quantity: 1, unit: "words" } });
    expect(made).toMatchObject({ exemptions: '["(b)(1)","25X1"]', extentQuantity: 1, extentUnit: "words", extentAtMost: false, source: "person" });
    await expect(createAnnotation({ documentId: ids.plain, authorId: admin.id, start: 0, end: 1, tag: "redaction", exemptions: ["(b)(10)"] })).rejects.toMatchObject({ status: 422, details: { field: "exemptions" } });
    await expect(createAnnotation({ documentId: ids.plain, authorId: admin.id, start: 0, end: 1, tag: "person", exemptions: ["(b)(1)"] })).rejects.toMatchObject({ status: 422 });
    expect(await getDb().annotation.count({ where: { documentId: ids.plain } })).toBe(1);

    // Codes change alone, the extent kept; a tag changed away from redaction clears both.
    await updateAnnotation({ id: made.id, changes: { exemptions: ["(b)(3) CIA Act"] }, actor: admin });
    expect((await listAnnotations({ documentId: ids.plain }))[0]).toMatchObject({ exemptions: ["(b)(3) CIA Act"], extent: { quantity: 1, unit: "words" } });
    await updateAnnotation({ id: made.id, changes: { tag: "comment" }, actor: admin });
    const after = (await listAnnotations({ documentId: ids.plain }))[0];
    expect(after.exemptions).toBeUndefined();
    expect(await getDb().annotation.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({ exemptions: null, extentUnit: null });
  });

  it("keeps a box drawn on the document's own page image, and refuses one on another document's page or off the page", async () => {
    const page = await getDb().page.create({ data: { documentId: ids.short, index: 0, imageKey: "k", imageType: "image/png", imageName: "p1.png", width: 1700, height: 2200, textStart: 0, textEnd: TEXTS.short.length }, select: { id: true } });
    const at = TEXTS.short.indexOf("attached");
    const made = await createAnnotation({ documentId: ids.short, authorId: admin.id, start: at, end: at + 8, tag: "redaction", exemptions: ["(b)(1)"], box: { pageId: page.id, x: 100, y: 200, w: 300, h: 40 } });
    expect((await listAnnotations({ documentId: ids.short })).find((a) => a.id === made.id)).toMatchObject({ box: { pageId: page.id, x: 100, y: 200, w: 300, h: 40 } });
    await expect(createAnnotation({ documentId: ids.stamped, authorId: admin.id, start: 0, end: 5, tag: "redaction", box: { pageId: page.id, x: 1, y: 1, w: 2, h: 2 } })).rejects.toMatchObject({ status: 422, details: { field: "box" } });
    await expect(createAnnotation({ documentId: ids.short, authorId: admin.id, start: 0, end: 5, tag: "redaction", box: { pageId: page.id, x: 1600, y: 1, w: 200, h: 2 } })).rejects.toMatchObject({ status: 422, details: { field: "box" } });
    await getDb().annotation.delete({ where: { id: made.id } });
  });

  it("filters documents by a code, by any redaction and by a least extent, in the list and in search alike", async () => {
    const titles = async (query: string) => (await listDocuments({ collectionId, filters: params(query) })).items.map((d) => d.title).sort();
    expect(await titles("redaction=(b)(1)")).toEqual(["stamped"]);
    expect(await titles("redaction=not%20declassified")).toEqual(["bracketed", "short"]);
    expect(await titles("redaction=any")).toEqual(["bracketed", "short", "stamped"]);
    // "More than one line": 17 lines counts, "less than 1 line" and names do not.
    expect(await titles("redactionExtent=2%20lines")).toEqual(["bracketed"]);
    expect(await titles("redactionExtent=1%20line")).toEqual(["bracketed"]);
    // A line is more than any count of names.
    expect(await titles("redactionExtent=2%20names")).toEqual(["bracketed", "short"]);
    expect(await titles("redaction=25X1&redactionExtent=1%20line")).toEqual([]);
    await expect(listDocuments({ collectionId, filters: params("redaction=(b)(12)") })).rejects.toMatchObject({ status: 422, details: { field: "redaction" } });
    await expect(listDocuments({ collectionId, filters: params("redactionExtent=lots") })).rejects.toMatchObject({ status: 422, details: { field: "redactionExtent" } });

    const schema = await getMetadataSchema({ collectionId });
    const search = async (redaction: { codes: string[] | null; atLeast: { quantity: number; unit: "lines" } | null }, mode: "words" | "regex") =>
      (await searchDocuments({ q: mode === "words" ? "with" : "w[i]th", mode, scope: "text", collectionId, record: { filter: { fields: [], dateFrom: null, dateTo: null, redaction }, dateField: schema.fields.find((f) => f.type === "date")!.name } })).items.map((d) => d.title).sort();
    for (const mode of ["words", "regex"] as const) {
      expect(await search({ codes: ["not declassified"], atLeast: null }, mode)).toEqual(["bracketed", "short"]);
      expect(await search({ codes: null, atLeast: { quantity: 2, unit: "lines" } }, mode)).toEqual(["bracketed"]);
    }
  });

  it("counts the collection's redactions by code and by extent for the dashboard", async () => {
    const m = await collectionMetrics({ collectionId });
    // Two brackets in each of two texts, two stamps (one citing two codes) in a third; the person's redaction became a comment.
    expect(m.redactions).toEqual({ total: 6, documents: 3 });
    expect(m.redactionsByCode).toEqual([
      { code: "not declassified", count: 4, documents: 2 },
      { code: "(b)(1)", count: 1, documents: 1 },
      { code: "(b)(3) NatSecAct", count: 1, documents: 1 },
      { code: "25X1", count: 1, documents: 1 },
    ]);
    expect(m.redactionsByDocument.map((d) => [d.title, d.count])).toEqual([["bracketed", 2], ["short", 2], ["stamped", 2]]);
    expect(m.redactionsByExtent).toEqual([
      { extent: "extent not known", count: 3 },
      { extent: "less than a line", count: 1 },
      { extent: "more than 5 lines", count: 1 },
      { extent: "names", count: 1 },
    ]);
  });

  it("edits the code list with the schema, keeping a code that redactions cite", async () => {
    const schema = await getMetadataSchema({ collectionId });
    const without = schema.exemptionCodes.filter((c) => c !== "25X1");
    await expect(updateMetadataSchema({ collectionId, schema: { fields: schema.fields, exemptionCodes: without }, actorId: admin.id })).rejects.toMatchObject({ status: 409, message: expect.stringContaining("25X1 (1)") });
    await expect(updateMetadataSchema({ collectionId, schema: { fields: schema.fields, exemptionCodes: ["(b)(1)", "(B)(1)"] }, actorId: admin.id })).rejects.toMatchObject({ status: 422, details: { field: "exemptionCodes" } });
    const added = await updateMetadataSchema({ collectionId, schema: { fields: schema.fields, exemptionCodes: [...schema.exemptionCodes, "EO 13526 1.4(c)"] }, actorId: admin.id });
    expect(added.exemptionCodes.at(-1)).toBe("EO 13526 1.4(c)");
    const at = TEXTS.plain.indexOf("text");
    await createAnnotation({ documentId: ids.plain, authorId: admin.id, start: at, end: at + 4, tag: "redaction", exemptions: ["eo 13526 1.4(c)"] });
    expect(await listDocuments({ collectionId, filters: params("redaction=EO%2013526%201.4(c)") })).toMatchObject({ items: [{ title: "plain" }] });
  });
});
