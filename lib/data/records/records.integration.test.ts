import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";
import { RECORD_SCHEMA } from "../../records/metadata-schema";
import { DEFAULT_EXEMPTION_CODES } from "../../records/redaction";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createEntity } = await import("../entities/entities");
const { getMetadataSchema } = await import("./get-metadata-schema");
const { updateMetadataSchema } = await import("./update-metadata-schema");
const { updateDocumentMetadata } = await import("./update-document-metadata");
const { readDocumentFields } = await import("./read-document-fields");
const { listDocuments } = await import("../documents/list-documents");
const { suggestDocumentMetadata } = await import("./suggest-document-metadata");
const { searchDocuments } = await import("../search/search-documents");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
let admin: Awaited<ReturnType<typeof testUser>>;
let collectionId = "";
let documentId = "";

beforeAll(async () => {
  admin = await testUser("meta-admin", "admin");
  collectionId = (await getDb().collection.create({ data: { name: "records", settings: {} }, select: { id: true } })).id;
  documentId = (await createDocument({ title: "Information report", text: "DATE OF INFO: 30 March 1954\nSUBJECT: Rail traffic", facts, authorId: admin.id, collectionId })).id;
  await createEntity({ type: "organization", name: "Director of Central Intelligence", variants: ["DCI"] });
});

describe(`a record's metadata on ${DATABASE_KIND}`, () => {
  it("starts from the default schema for declassified records", async () => {
    expect(await getMetadataSchema({ collectionId })).toEqual({ ...RECORD_SCHEMA, exemptionCodes: DEFAULT_EXEMPTION_CODES });
    await expect(getMetadataSchema({ collectionId: "nope" })).rejects.toMatchObject({ status: 404 });
  });

  it("stores values checked against the schema, a row per value with a date's span, and audits the fields changed", async () => {
    const after = await updateDocumentMetadata({
      documentId, actorId: admin.id,
      values: { date: "1954-03", classification: "SECRET", caveats: ["NOFORN", "EYES ONLY"], originator: "dci", identifiers: "CSDB-18851; CIA-RDP80-00810A003500580009-2" },
    });
    expect(after).toEqual({
      date: "1954-03", classification: "SECRET", caveats: ["NOFORN", "EYES ONLY"], originator: "Director of Central Intelligence",
      identifiers: ["CSDB-18851", "CIA-RDP80-00810A003500580009-2"],
    });
    const date = await getDb().documentField.findMany({ where: { documentId, field: "date" } });
    expect(date).toEqual([expect.objectContaining({ value: "1954-03", dateStart: "1954-03-01", dateEnd: "1954-03-31" })]);
    expect(await getDb().documentField.count({ where: { documentId } })).toBe(7);

    // Only the fields sent change; an empty value clears its field.
    const cleared = await updateDocumentMetadata({ documentId, actorId: admin.id, values: { caveats: [], classification: "TOP SECRET" } });
    expect(cleared).toMatchObject({ classification: "TOP SECRET", date: "1954-03" });
    expect(cleared).not.toHaveProperty("caveats");
    const audit = await getDb().auditEvent.findMany({ where: { subjectId: documentId, action: "document.metadata" }, orderBy: { createdAt: "asc" }, select: { detail: true } });
    expect(audit.map((a) => a.detail)).toEqual([
      "Metadata: date set, classification set, caveats set, originator set, identifiers set",
      "Metadata: classification set, caveats cleared",
    ]);
  });

  it("suggests what the header says, a known entity by the registry's name, less what the fields already hold", async () => {
    const text = "SECRET\n\nTELEGRAM\n\nFROM:     DCI\nTO:       Department of State\n\nWashington, March 30, 1954\n\nThe text of the telegram.";
    const { id } = await createDocument({ title: "Telegram", text, facts, authorId: admin.id, collectionId });
    const { items } = await suggestDocumentMetadata({ documentId: id });
    expect(Object.fromEntries(items.map((s) => [s.field, s.value]))).toEqual({
      classification: "SECRET", type: "telegram", originator: "Director of Central Intelligence", addressee: "Department of State", date: "1954-03-30",
    });
    expect(items.find((s) => s.field === "originator")!.evidence).toEqual({ start: text.indexOf("DCI"), end: text.indexOf("DCI") + 3, text: "DCI" });
    expect(items.find((s) => s.field === "originator")).not.toHaveProperty("notInEntities");
    expect(items.find((s) => s.field === "addressee")).toMatchObject({ notInEntities: true });
    await updateDocumentMetadata({ documentId: id, actorId: admin.id, values: { classification: "SECRET", type: "memorandum" } });
    const after = (await suggestDocumentMetadata({ documentId: id })).items.map((s) => s.field);
    expect(after).not.toContain("classification");
    expect(after).toContain("type");
    await expect(suggestDocumentMetadata({ documentId: "nope" })).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a wrong value with 422 naming the field, and stores nothing of the request", async () => {
    const before = await readDocumentFields({ documentId, schema: RECORD_SCHEMA });
    await expect(updateDocumentMetadata({ documentId, actorId: admin.id, values: { notes: "fine", date: "1954-02-30" } })).rejects.toMatchObject({ status: 422, details: { field: "date" } });
    await expect(updateDocumentMetadata({ documentId, actorId: admin.id, values: { addressee: "Nobody Known" } })).rejects.toMatchObject({ status: 422, details: { field: "addressee" } });
    await expect(updateDocumentMetadata({ documentId, actorId: admin.id, values: { shelfmark: "A1" } })).rejects.toMatchObject({ status: 422, details: { field: "shelfmark" } });
    expect(await readDocumentFields({ documentId, schema: RECORD_SCHEMA })).toEqual(before);
    await expect(updateDocumentMetadata({ documentId: "nope", actorId: admin.id, values: {} })).rejects.toMatchObject({ status: 404 });
  });

  it("lets an admin change the schema, but not retype or drop a field or list value that documents hold", async () => {
    const retyped = { fields: RECORD_SCHEMA.fields.map((f) => (f.name === "classification" ? { ...f, type: "text" as const, values: undefined } : f)) };
    await expect(updateMetadataSchema({ collectionId, schema: retyped, actorId: admin.id })).rejects.toMatchObject({ status: 409, details: { field: "classification", reason: "field_in_use" } });
    const narrowed = { fields: RECORD_SCHEMA.fields.map((f) => (f.name === "classification" ? { ...f, values: ["SECRET"] } : f)) };
    await expect(updateMetadataSchema({ collectionId, schema: narrowed, actorId: admin.id })).rejects.toMatchObject({ status: 409, message: expect.stringContaining("“TOP SECRET”") });
    await expect(updateMetadataSchema({ collectionId, schema: { fields: [{ name: "Bad name", label: "x", type: "text" }] }, actorId: admin.id })).rejects.toMatchObject({ status: 422 });
    expect(await getMetadataSchema({ collectionId })).toEqual({ ...RECORD_SCHEMA, exemptionCodes: DEFAULT_EXEMPTION_CODES });

    // Unused fields change freely: a shelfmark added, the notes field removed.
    const edited = { fields: [...RECORD_SCHEMA.fields.filter((f) => f.name !== "notes"), { name: "shelfmark", label: "Shelfmark", type: "text" as const, help: "Box and folder" }] };
    // The code list, not sent, stays as it was.
    expect(await updateMetadataSchema({ collectionId, schema: edited, actorId: admin.id })).toEqual({ ...edited, exemptionCodes: DEFAULT_EXEMPTION_CODES });
    expect(await getMetadataSchema({ collectionId })).toEqual({ ...edited, exemptionCodes: DEFAULT_EXEMPTION_CODES });
    expect(await updateDocumentMetadata({ documentId, actorId: admin.id, values: { shelfmark: "Box 4, folder 12" } })).toMatchObject({ shelfmark: "Box 4, folder 12" });
    await expect(updateDocumentMetadata({ documentId, actorId: admin.id, values: { notes: "gone" } })).rejects.toMatchObject({ status: 422, details: { field: "notes" } });
  });
});

describe(`documents filtered, counted and sorted by their metadata on ${DATABASE_KIND}`, () => {
  const params = (entries: [string, string][]) => {
    const map = new Map<string, string[]>();
    for (const [k, v] of entries) map.set(k, [...(map.get(k) ?? []), v]);
    return map;
  };
  let archive = "";
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    archive = (await getDb().collection.create({ data: { name: "archive", settings: {} }, select: { id: true } })).id;
    const records: [string, Record<string, unknown>][] = [
      ["telegram of March", { date: "1954-03-30", classification: "SECRET", type: "telegram" }],
      ["memo of 1953", { date: "1953", classification: "TOP SECRET", type: "memorandum", caveats: ["NOFORN"] }],
      ["estimate 1955-1956", { date: "1955/1956", classification: "SECRET", type: "estimate", caveats: ["NOFORN", "EYES ONLY"] }],
      ["undated note", { classification: "CONFIDENTIAL", type: "memorandum" }],
    ];
    for (const [title, values] of records) {
      ids[title] = (await createDocument({ title, text: `${title} text`, facts, authorId: admin.id, collectionId: archive })).id;
      await updateDocumentMetadata({ documentId: ids[title]!, values, actorId: admin.id });
    }
  });

  const titles = async (entries: [string, string][], sort?: "date") =>
    (await listDocuments({ collectionId: archive, filters: params(entries), sort })).items.map((d) => d.title);

  it("keeps documents holding any of a field's values, all fields together, and a date whose span meets the range", async () => {
    expect((await titles([["classification", "SECRET"]])).sort()).toEqual(["estimate 1955-1956", "telegram of March"]);
    expect((await titles([["classification", "SECRET,TOP SECRET"], ["type", "memorandum"]]))).toEqual(["memo of 1953"]);
    expect((await titles([["caveats", "NOFORN"], ["caveats", "EYES ONLY"]])).sort()).toEqual(["estimate 1955-1956", "memo of 1953"]);
    expect(await titles([["dateFrom", "1954"], ["dateTo", "1954-06"]])).toEqual(["telegram of March"]);
    expect((await titles([["dateFrom", "1956-02"]]))).toEqual(["estimate 1955-1956"]);
    expect((await titles([["dateTo", "1953-12-31"]]))).toEqual(["memo of 1953"]);
  });

  it("sorts by the record's date, undated last, a page at a time", async () => {
    expect(await titles([], "date")).toEqual(["memo of 1953", "telegram of March", "estimate 1955-1956", "undated note"]);
    const first = await listDocuments({ collectionId: archive, sort: "date", limit: 2 });
    const second = await listDocuments({ collectionId: archive, sort: "date", limit: 2, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((d) => d.title)).toEqual(["memo of 1953", "telegram of March", "estimate 1955-1956", "undated note"]);
    expect(first.items[0]!.metadata).toEqual({ date: "1953", classification: "TOP SECRET", type: "memorandum", caveats: ["NOFORN"] });
  });

  it("counts each list field's values, every field under the other fields' filters only", async () => {
    const { facets } = await listDocuments({ collectionId: archive, filters: params([["classification", "SECRET"]]), facets: true });
    // Classification is counted without its own filter, so the other values stay visible.
    expect(facets!.classification).toEqual([{ value: "SECRET", count: 2 }, { value: "CONFIDENTIAL", count: 1 }, { value: "TOP SECRET", count: 1 }]);
    expect(facets!.type).toEqual([{ value: "estimate", count: 1 }, { value: "telegram", count: 1 }]);
    expect(facets!.caveats).toEqual([{ value: "EYES ONLY", count: 1 }, { value: "NOFORN", count: 1 }]);
  });

  it("filters a search the same way, through the index and through a scan, each filter answered apart", async () => {
    const titlesOf = async (mode: "words" | "regex", filter?: Parameters<typeof searchDocuments>[0]["record"]) =>
      (await searchDocuments({ q: mode === "words" ? "text" : "te[x]t", mode, scope: "text", collectionId: archive, ...(filter ? { record: filter } : {}) })).items.map((d) => d.title).sort();
    const secret = { filter: { fields: [{ field: "classification", values: ["SECRET"] }], dateFrom: null, dateTo: null }, dateField: "date" };
    const early = { filter: { fields: [], dateFrom: "1954-01-01", dateTo: "1954-06-30" }, dateField: "date" };
    for (const mode of ["words", "regex"] as const) {
      expect(await titlesOf(mode)).toHaveLength(4);
      expect(await titlesOf(mode, secret)).toEqual(["estimate 1955-1956", "telegram of March"]);
      expect(await titlesOf(mode, early)).toEqual(["telegram of March"]);
    }
  });

  it("orders a search by the record's date when asked, undated last, through the index and through a scan", async () => {
    for (const mode of ["words", "regex"] as const) {
      const { items } = await searchDocuments({ q: mode === "words" ? "text" : "te[x]t", mode, scope: "text", collectionId: archive, sort: "date" });
      expect(items.map((d) => d.title)).toEqual(["memo of 1953", "telegram of March", "estimate 1955-1956", "undated note"]);
    }
  });

  it("counts the documents with a hit by each list field's values, under the search's filters", async () => {
    const all = await searchDocuments({ q: "text", mode: "words", scope: "text", collectionId: archive, facetFields: ["classification", "type"] });
    expect(all.facets!.classification).toEqual([{ value: "SECRET", count: 2 }, { value: "CONFIDENTIAL", count: 1 }, { value: "TOP SECRET", count: 1 }]);
    const secret = { filter: { fields: [{ field: "classification", values: ["SECRET"] }], dateFrom: null, dateTo: null }, dateField: "date" };
    const some = await searchDocuments({ q: "text", mode: "words", scope: "text", collectionId: archive, facetFields: ["classification", "type"], record: secret });
    expect(some.facets).toEqual({ classification: [{ value: "SECRET", count: 2 }], type: [{ value: "estimate", count: 1 }, { value: "telegram", count: 1 }] });
    // A scan has no facets: it does not know every document with a hit.
    expect((await searchDocuments({ q: "te[x]t", mode: "regex", scope: "text", collectionId: archive, facetFields: ["classification"] })).facets).toBeUndefined();
  });

  it("refuses an unknown field, a value a list does not offer, and a bad date, by name", async () => {
    await expect(listDocuments({ collectionId: archive, filters: params([["clasification", "SECRET"]]) })).rejects.toMatchObject({ status: 422, details: { field: "clasification" } });
    await expect(listDocuments({ collectionId: archive, filters: params([["classification", "SEKRET"]]) })).rejects.toMatchObject({ status: 422, details: { field: "classification" } });
    await expect(listDocuments({ collectionId: archive, filters: params([["dateFrom", "March 1954"]]) })).rejects.toMatchObject({ status: 422, details: { field: "dateFrom" } });
    await expect(listDocuments({ collectionId: archive, filters: params([["dateFrom", "1956"], ["dateTo", "1955"]]) })).rejects.toMatchObject({ status: 422 });
  });
});
