import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";
import { validateTei } from "../../../test/tei";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createRevision } = await import("../revisions/create-revision");
const { createProposal } = await import("../proposals/create-proposal");
const { approveProposal } = await import("../proposals/approve-proposal");
const { createAnnotation } = await import("../annotations/create-annotation");
const { createEntity } = await import("../entities/entities");
const { getExportDocument } = await import("./get-export-document");
const { exportCollection } = await import("./export-collection");
const { writeExport } = await import("../../export/formats");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const person = (username: string, role: "admin" | "reviewer" | "corrector") => testUser(username, role, username.toUpperCase());

describe("exports from the database", () => {
  it("credits an approved proposal to its reviewer and a direct save to its author, and links entities", async () => {
    const [cora, rita, ada] = [await person("cora", "corrector"), await person("rita", "reviewer"), await person("ada", "admin")];
    const collection = await getDb().collection.create({ data: { name: "Reports", settings: { licence: "CC BY 4.0" } }, select: { id: true } });
    const raw = "Otroshchenko, Genserslov, and the Japanese.\n\nFedor I. Lylich Kunov.";
    const doc = await createDocument({ title: "Report", text: raw, facts, authorId: null, collectionId: collection.id });
    const p = await createProposal({ documentId: doc.id, baseSeq: 0, text: raw.replace("Genserslov", "Generalov"), message: "name", author: cora });
    await approveProposal({ proposalId: p.id, reviewer: rita });
    const head = raw.replace("Genserslov", "Generalov").replace("Lylich", "[Il'ich]");
    await createRevision({ documentId: doc.id, baseSeq: 1, text: head, message: "patronymic", authorId: ada.id });
    const entity = await createEntity({ type: "person", name: "Nikolay Ivanovich Generalov", variants: ["Genserslov"], externalId: "Q4491556" });
    await createAnnotation({ documentId: doc.id, start: 14, end: 23, tag: "person", entityId: entity.id, authorId: cora.id });

    const exported = await getExportDocument({ id: doc.id, baseUrl: "http://localhost" });
    expect(exported.revisionTexts).toEqual([raw, raw.replace("Genserslov", "Generalov"), head]);
    expect(exported.revisions.map((r) => [r.seq, r.approvedBy?.username ?? null, r.proposalId !== null])).toEqual([[0, null, false], [1, "rita", true], [2, "ada", false]]);
    expect(exported.collection.licence).toBe("CC BY 4.0");
    const tei = writeExport(exported, "tei");
    expect(tei).toContain(`<persName xml:id="ann-`);
    expect(tei).toContain(`ref="#ent-${entity.id}"><choice><sic>Genserslov</sic><corr resp="#user-rita" change="#rev-1">Generalov</corr></choice></persName>`);
    expect(tei).toContain(`<choice><sic>Lylich</sic><corr resp="#user-ada" change="#rev-2">[Il&apos;ich]</corr></choice>`);
    expect(validateTei([tei])).toBe("");
  });

  it("streams a collection as a zip with one file per document and an index", async () => {
    const collection = await getDb().collection.create({ data: { name: "Memos 1947", settings: {} }, select: { id: true } });
    for (const title of ["Memo", "Memo", "Cable"]) {
      await createDocument({ title, text: `${title} text ${Math.random()}`, facts, authorId: null, collectionId: collection.id });
    }
    const zip = await exportCollection({ collectionId: collection.id, format: "tei", variant: "edition", baseUrl: "http://localhost" });
    expect(zip).toMatchObject({ fileName: "Memos-1947.tei.zip", count: 3 });
    const bytes = new Uint8Array(await new Response(zip.stream).arrayBuffer());
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(["Cable.tei.xml", "Memo-2.tei.xml", "Memo.tei.xml", "index.json"]);
    const index = JSON.parse(strFromU8(files["index.json"]));
    expect(index.documents.map((d: { file: string }) => d.file)).toEqual(["Cable.tei.xml", "Memo.tei.xml", "Memo-2.tei.xml"]);
    expect(validateTei(Object.entries(files).filter(([n]) => n.endsWith(".xml")).map(([, b]) => strFromU8(b)))).toBe("");
  });

  it("finishes a zip in a box format when documents have no pages, listing each in index.json with the reason", async () => {
    const collection = await getDb().collection.create({ data: { name: "Text only", settings: {} }, select: { id: true } });
    for (const title of ["One", "Two", "Three"]) await createDocument({ title, text: `${title} text`, facts, authorId: null, collectionId: collection.id });
    for (const format of ["alto", "page", "hocr", "lines"] as const) {
      const zip = await exportCollection({ collectionId: collection.id, format, variant: "edition", baseUrl: "http://localhost" });
      // It used to wait for ever: a pull that added no file was never followed by another.
      const bytes = await Promise.race([
        new Response(zip.stream).arrayBuffer(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`the ${format} zip did not finish`)), 5_000)),
      ]);
      const files = unzipSync(new Uint8Array(bytes));
      expect(Object.keys(files)).toEqual(["index.json"]);
      const index = JSON.parse(strFromU8(files["index.json"]));
      expect(index.documents.map((d: { title: string; file: null; skipped: string }) => [d.title, d.file, d.skipped])).toEqual(
        ["One", "Three", "Two"].map((t) => [t, null, "no page images: it was imported as text"]),
      );
    }
  });

  it("stops reading documents when the client cancels", async () => {
    const collection = await getDb().collection.create({ data: { name: "Long", settings: {} }, select: { id: true } });
    for (let i = 0; i < 6; i++) await createDocument({ title: `Doc ${i}`, text: `Text ${i}`, facts, authorId: null, collectionId: collection.id });
    const zip = await exportCollection({ collectionId: collection.id, format: "txt", variant: "edition", baseUrl: "http://localhost" });
    const reader = zip.stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    await expect(reader.read()).resolves.toEqual({ done: true, value: undefined });
  });

  it("answers 404 for an unknown document or collection", async () => {
    await expect(getExportDocument({ id: "nope", baseUrl: "http://localhost" })).rejects.toMatchObject({ code: "not_found" });
    await expect(exportCollection({ collectionId: "nope", format: "txt", variant: "edition", baseUrl: "http://localhost" })).rejects.toMatchObject({ code: "not_found" });
  });
});
