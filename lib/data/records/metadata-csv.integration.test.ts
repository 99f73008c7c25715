import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { exportMetadataCsv } = await import("./export-metadata-csv");
const { importMetadataCsv } = await import("./import-metadata-csv");
const { updateDocumentMetadata } = await import("./update-document-metadata");
const { readDocumentFields } = await import("./read-document-fields");
const { getMetadataSchema } = await import("./get-metadata-schema");
const { suggestCollectionMetadata } = await import("./suggest-collection-metadata");
const { acceptMetadataSuggestions } = await import("./accept-metadata-suggestions");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
let admin: Awaited<ReturnType<typeof testUser>>;
let collectionId = "";
const ids: string[] = [];

beforeAll(async () => {
  admin = await testUser("csv-admin", "admin");
  collectionId = (await getDb().collection.create({ data: { name: "csv", settings: {} }, select: { id: true } })).id;
  ids.push((await createDocument({ title: "Memo, one", text: "SECRET\n\nMEMORANDUM\n\nThe text.", sourceRef: "CSDB-1", facts, authorId: admin.id, collectionId })).id);
  ids.push((await createDocument({ title: "Cable", text: "CONFIDENTIAL\n\nTELEGRAM\n\nWashington, October 12, 1949, 7 p. m.\n\nText.", sourceRef: "CSDB-2", facts, authorId: admin.id, collectionId })).id);
  await updateDocumentMetadata({ documentId: ids[0], values: { date: "1954-03", caveats: ["NOFORN", "EYES ONLY"], notes: "-3 lines, see box" }, actorId: admin.id });
});

describe(`metadata as CSV on ${DATABASE_KIND}`, () => {
  it("exports a row per document and a column per field, lists joined, formulas guarded", async () => {
    const csv = await exportMetadataCsv({ collectionId });
    const [header, first] = csv.split("\r\n");
    expect(header).toBe("id,title,sourceRef,date,classification,caveats,originator,addressee,type,identifiers,releaseDate,releaseDecision,language,notes");
    expect(first).toBe(`${ids[0]},"Memo, one",CSDB-1,1954-03,,NOFORN; EYES ONLY,,,,,,,,"'-3 lines, see box"`);
  });

  it("reads it back unchanged, then checks every row of an edited file, naming line and field, and applies none of a file with a problem", async () => {
    const csv = await exportMetadataCsv({ collectionId });
    expect(await importMetadataCsv({ collectionId, text: csv, actorId: admin.id, apply: true })).toEqual({ rows: 2, changed: 0, applied: false, errors: [] });
    expect(await readDocumentFields({ documentId: ids[0], schema: await getMetadataSchema({ collectionId }) })).toMatchObject({ notes: "-3 lines, see box" });

    const edited = [
      "sourceRef,Classification,date,caveats",
      "CSDB-1,SECRET,1954-03-30,NOFORN",
      "CSDB-2,SEKRET,1949-02-30,",
      "CSDB-9,SECRET,,",
    ].join("\n");
    const checked = await importMetadataCsv({ collectionId, text: edited, actorId: admin.id, apply: false });
    expect(checked).toEqual({
      rows: 3, changed: 1, applied: false,
      errors: [
        { line: 3, field: "classification", message: expect.stringContaining("“SEKRET”") },
        { line: 4, message: "No document with source reference “CSDB-9” in this collection" },
      ],
    });
    await expect(importMetadataCsv({ collectionId, text: edited, actorId: admin.id, apply: true })).rejects.toMatchObject({ status: 422 });
    expect((await readDocumentFields({ documentId: ids[0], schema: await getMetadataSchema({ collectionId }) })).date).toBe("1954-03");

    const fixed = ["sourceRef,Classification,date,caveats", "CSDB-1,SECRET,1954-03-30,NOFORN", "CSDB-2,CONFIDENTIAL,1949-10-12,"].join("\n");
    expect(await importMetadataCsv({ collectionId, text: fixed, actorId: admin.id, apply: true })).toEqual({ rows: 2, changed: 2, applied: true, errors: [] });
    expect(await readDocumentFields({ documentId: ids[0], schema: await getMetadataSchema({ collectionId }) })).toMatchObject({ date: "1954-03-30", classification: "SECRET", caveats: ["NOFORN"], notes: "-3 lines, see box" });
    expect(await getDb().auditEvent.count({ where: { action: "document.metadata", subjectId: ids[1] } })).toBe(1);
  });

  it("refuses a column that is no field, a file without ids, a broken file, and a document twice", async () => {
    const problem = async (text: string) => (await importMetadataCsv({ collectionId, text, actorId: admin.id, apply: false })).errors;
    expect(await problem("id,shelfmark\nx,1")).toEqual([{ line: 1, field: "shelfmark", message: expect.stringContaining("not a field") }]);
    expect(await problem("title,date\nx,1954")).toEqual([{ line: 1, message: expect.stringContaining("needs an id column") }]);
    expect(await problem('id,date\n"unclosed,1954')).toEqual([{ line: expect.any(Number), message: expect.stringContaining("not CSV") }]);
    expect(await problem(`id,date\n${ids[0]},1954\n${ids[0]},1955`)).toEqual([{ line: 3, message: "The document is on line 2 already" }]);
  });
});

describe(`a collection's header suggestions accepted in one step on ${DATABASE_KIND}`, () => {
  it("lists each document's suggestions, applies the ticked ones together, and refuses all on one bad value", async () => {
    const { documents } = await suggestCollectionMetadata({ collectionId });
    const cable = documents.find((d) => d.documentId === ids[1])!;
    expect(cable.items.map((s) => [s.field, s.value])).toEqual(expect.arrayContaining([["type", "telegram"]]));
    await expect(acceptMetadataSuggestions({ collectionId, actorId: admin.id, accepted: [{ documentId: ids[1], values: { type: "telegram" } }, { documentId: ids[0], values: { type: "novel" } }] })).rejects.toMatchObject({ status: 422, details: { documentId: ids[0] } });
    expect((await readDocumentFields({ documentId: ids[1], schema: await getMetadataSchema({ collectionId }) })).type).toBeUndefined();
    await acceptMetadataSuggestions({ collectionId, actorId: admin.id, accepted: [{ documentId: ids[1], values: { type: "telegram" } }, { documentId: ids[0], values: { type: "memorandum" } }] });
    expect((await readDocumentFields({ documentId: ids[1], schema: await getMetadataSchema({ collectionId }) })).type).toBe("telegram");
    expect((await suggestCollectionMetadata({ collectionId })).documents.flatMap((d) => d.items.filter((s) => s.field === "type"))).toEqual([]);
  });
});
