import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { onPostgres, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { updateDocument } = await import("../documents/update-document");
const { deleteDocument } = await import("../documents/delete-document");
const { restoreDocument } = await import("../documents/restore-document");
const { createRevision } = await import("../revisions/create-revision");
const { revertToRevision } = await import("../revisions/revert-revision");
const { createProposal } = await import("../proposals/create-proposal");
const { approveProposal } = await import("../proposals/approve-proposal");
const { createAnnotation } = await import("../annotations/create-annotation");
const { createEntity } = await import("../entities/entities");
const { searchDocuments } = await import("./search-documents");
const { checkSearchIndex } = await import("./check-search-index");
const { reindexDocuments } = await import("./reindex-documents");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const REPORT = (n: number) =>
  `${n}. The mission at Nishikura was headed by Genserslov, who arrived\nin August with four officers (report ${n}).\nOtroshchenko wrote to the committee.`;

let admin: Awaited<ReturnType<typeof testUser>>;
let reviewer: Awaited<ReturnType<typeof testUser>>;
let corrector: Awaited<ReturnType<typeof testUser>>;
beforeAll(async () => {
  admin = await testUser("se-admin", "admin");
  reviewer = await testUser("se-reviewer", "reviewer");
  corrector = await testUser("se-corrector", "corrector");
});

const newCollection = async (name: string) => (await getDb().collection.create({ data: { name, settings: {} }, select: { id: true } })).id;
const newDoc = async (collectionId: string, text: string, title = text.slice(0, 12)) => (await createDocument({ title, text, facts, authorId: null, collectionId })).id;
const found = async (q: string, collectionId: string, more: Partial<Parameters<typeof searchDocuments>[0]> = {}) =>
  (await searchDocuments({ q, mode: "words", scope: "text", collectionId, ...more })).items.map((i) => i.documentId).sort();

describe("the search index stays in step with every write", () => {
  it("import, save, approval, revert, delete, restore and a title change each show at once, and fsck agrees", async () => {
    const c = await newCollection("index sync");
    const a = await newDoc(c, REPORT(1), "Report one");
    const b = await newDoc(c, REPORT(2), "Report two");
    expect(await found("Genserslov", c)).toEqual([a, b].sort());

    // A direct save: the text no longer has the word, the raw OCR still does.
    await createRevision({ documentId: a, baseSeq: 0, text: REPORT(1).replace("Genserslov", "Generalov"), message: "fix", authorId: admin.id });
    expect(await found("Genserslov", c)).toEqual([b]);
    expect(await found("Genserslov", c, { scope: "raw" })).toEqual([a, b].sort());
    expect(await found("Generalov", c)).toEqual([a]);

    // An approved proposal.
    const p = await createProposal({ documentId: b, baseSeq: 0, text: REPORT(2).replace("Genserslov", "Generalov"), message: "fix", author: corrector });
    await approveProposal({ proposalId: p.id, reviewer });
    expect(await found("Generalov", c)).toEqual([a, b].sort());

    // A revert brings the old word back.
    await revertToRevision({ documentId: a, seq: 0, baseSeq: 1, author: admin });
    expect(await found("Genserslov", c)).toEqual([a]);

    // Deleted documents are not found; restored ones are again.
    await deleteDocument({ id: a, actor: admin });
    expect(await found("Genserslov", c)).toEqual([]);
    await restoreDocument({ id: a, actor: admin });
    expect(await found("Genserslov", c)).toEqual([a]);

    // Title and source reference.
    await updateDocument({ id: b, changes: { title: "Letter from Vasilenko", sourceRef: "CSDB-77" }, actor: admin });
    const byTitle = await searchDocuments({ q: "Vasilenko", mode: "words", scope: "text", collectionId: c });
    expect(byTitle.items.map((i) => [i.documentId, i.inTitle, i.hitCount])).toEqual([[b, true, 0]]);
    expect(await found("CSDB-77", c, { mode: "exact" })).toEqual([b]);
    expect(await checkSearchIndex()).toEqual([]);
  });

  it("a save re-indexes only the chunks of lines it touched", async () => {
    const c = await newCollection("chunks");
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i} of the long report about the harvest at the collective farm number ${i * 7}.`);
    const id = await newDoc(c, lines.join("\n"));
    const rows = () => getDb().$queryRaw<{ id: number }[]>`SELECT "id" FROM "SearchRow" WHERE "documentId" = ${id} AND "field" = 'text' AND "kind" = 'chunk'`;
    const before = new Set((await rows()).map((r) => Number(r.id)));
    expect(before.size).toBeGreaterThan(10);
    lines[200] = lines[200].replace("harvest", "harvset");
    await createRevision({ documentId: id, baseSeq: 0, text: lines.join("\n"), message: "typo", authorId: admin.id });
    const after = (await rows()).map((r) => Number(r.id));
    expect(after.filter((x) => !before.has(x)).length).toBeLessThanOrEqual(2);
    expect(await found("harvset", c)).toEqual([id]);
    expect(await found("harvset", c, { mode: "exact" })).toEqual([id]);
    expect(await checkSearchIndex()).toEqual([]);
  });

  it("fsck notices an index that disagrees, and reindex mends it", async () => {
    const c = await newCollection("broken index");
    const id = await newDoc(c, "A lonely line about Kuzma Derevyanko.");
    await getDb().$executeRaw`DELETE FROM "SearchRow" WHERE "documentId" = ${id} AND "kind" = 'words' AND "field" = 'text'`;
    expect((await checkSearchIndex()).join()).toMatch(/does not match its text/);
    await reindexDocuments({ all: true });
    expect(await checkSearchIndex()).toEqual([]);
    expect(await found("Derevyanko", c)).toEqual([id]);
  });
});

describe("answers kept until the database changes", () => {
  it.runIf(!onPostgres)("serves a repeated search from memory, and drops it at any write, from this process or another", async () => {
    const c = await newCollection("cached answers");
    await newDoc(c, "The Qvxtrail convoy left at dawn.");
    const ask = () => searchDocuments({ q: "Qvxtrail", mode: "words", scope: "text", collectionId: c });
    const first = await ask();
    expect(await ask()).toBe(first);
    // A write through this process's client.
    await newDoc(c, "A second Qvxtrail convoy.");
    const second = await ask();
    expect(second.total).toBe(2);
    expect(await ask()).toBe(second);
    // A write by another connection to the same file, as another process or a script makes.
    const { createDb } = await import("../../server/db");
    const other = createDb(process.env.DATABASE_URL);
    await other.document.updateMany({ where: { collectionId: c }, data: { deletedAt: new Date() } });
    await other.$disconnect();
    expect((await ask()).total).toBe(0);
  });
});

describe("search modes", () => {
  let c: string;
  let docs: string[];
  beforeAll(async () => {
    c = await newCollection("modes");
    docs = [];
    for (let n = 1; n <= 25; n++) docs.push(await newDoc(c, REPORT(n).replace("four", n % 5 === 0 ? "fourteen" : "four"), `Report ${n}`));
  });

  it("words: every word, phrases, prefixes, with hits in the annotations' offsets and their line", async () => {
    const r = await searchDocuments({ q: 'Otroshchenko "the committee"', mode: "words", scope: "text", collectionId: c });
    expect(r.total).toBe(25);
    expect(r.items).toHaveLength(20);
    expect(r.nextCursor).not.toBeNull();
    const hit = r.items[0].hits[0];
    const text = REPORT(1);
    expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(r.items[0].hits.map((h) => h.text)).toEqual(["Otroshchenko", "the committee"]);
    expect(r.items[0].hits[0]).toMatchObject({ before: "", after: " wrote to the committee." });
    const rest = await searchDocuments({ q: 'Otroshchenko "the committee"', mode: "words", scope: "text", collectionId: c, cursor: r.nextCursor });
    expect(rest.items).toHaveLength(5);
    expect(rest.nextCursor).toBeNull();
    expect(new Set([...r.items, ...rest.items].map((i) => i.documentId)).size).toBe(25);
    expect((await searchDocuments({ q: "fourt*", mode: "words", scope: "text", collectionId: c })).total).toBe(5);
    expect((await searchDocuments({ q: "four", mode: "words", scope: "text", collectionId: c })).total).toBe(20);
  });

  it("exact text: any substring with its punctuation, and under three characters a scan that says so", async () => {
    const r = await searchDocuments({ q: "(report 1", mode: "exact", scope: "text", collectionId: c });
    // "(report 1" is in reports 1 and 10–19 and 25? no: 1, 10..19.
    expect(r.total).toBe(11);
    expect(r.items.every((i) => i.hits.every((h) => h.text.toLowerCase() === "(report 1"))).toBe(true);
    const short = await searchDocuments({ q: "4)", mode: "exact", scope: "text", collectionId: c });
    expect(short.items.map((i) => i.title).sort()).toEqual(["Report 14", "Report 24", "Report 4"]);
    expect(short.notice).toMatch(/not in the index/);
    expect(short.complete).toBe(true);
  });

  it("regex: capture-free or not, scanned in a worker; a runaway expression is stopped and named, and the server goes on", async () => {
    const r = await searchDocuments({ q: "report (2[0-9])\\)", mode: "regex", scope: "text", collectionId: c });
    expect(r.items.map((i) => i.title).sort()).toEqual(["Report 20", "Report 21", "Report 22", "Report 23", "Report 24", "Report 25"]);
    const slow = await newDoc(c, `${"a".repeat(40)}!`, "Pathological");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 50);
    const bad = await searchDocuments({ q: "(a+)+$", mode: "regex", scope: "text", collectionId: c });
    clearInterval(timer);
    expect(bad.notice).toMatch(/stopped there.*Pathological|Pathological.*stopped there/);
    // The event loop kept turning while the expression ran.
    expect(ticks).toBeGreaterThan(3);
    await deleteDocument({ id: slow, actor: admin });
  });

  it("OCR-tolerant: words within two edits and spellings the team corrected, with the distance", async () => {
    const r = await searchDocuments({ q: "Generalov", mode: "fuzzy", scope: "text", collectionId: c });
    expect(r.total).toBe(25);
    expect(r.items[0].hits[0]).toMatchObject({ text: "Genserslov", distance: 2 });
    expect(r.near).toEqual(expect.arrayContaining([expect.objectContaining({ word: "genserslov", distance: 2 })]));
    expect((await searchDocuments({ q: "Generalov", mode: "words", scope: "text", collectionId: c })).total).toBe(0);
  });

  it("filters by status, tag and entity, and reports how much of the collection is uncorrected", async () => {
    const entity = await createEntity({ name: "Generalov", type: "person", variants: ["Genserslov"] });
    const start = REPORT(3).indexOf("Genserslov");
    await createAnnotation({ documentId: docs[2], start, end: start + 10, tag: "person", entityId: entity.id, authorId: admin.id });
    expect(await found("Otroshchenko", c, { tag: "person" })).toEqual([docs[2]]);
    expect(await found("Otroshchenko", c, { entityId: entity.id })).toEqual([docs[2]]);
    expect(await found("Otroshchenko", c, { status: "corrected" })).toEqual([]);
    const r = await searchDocuments({ q: "Otroshchenko", mode: "words", scope: "text", collectionId: c });
    expect(r).toMatchObject({ documentsSearched: 25, uncorrected: 25 });
  });

  it("both scopes list a corrected document's raw hits apart from its text hits, and an uncorrected one's once", async () => {
    await createRevision({ documentId: docs[0], baseSeq: 0, text: REPORT(1).replace("Nishikura", "Nishikuro"), message: "m", authorId: admin.id });
    const r = await searchDocuments({ q: "Nishikura", mode: "words", scope: "both", collectionId: c });
    const first = r.items.find((i) => i.documentId === docs[0])!;
    expect(first.hits.map((h) => h.field)).toEqual(["raw"]);
    expect(first.hits[0].id).toBe(`${docs[0]}:r:${REPORT(1).indexOf("Nishikura")}-${REPORT(1).indexOf("Nishikura") + 9}`);
    const second = r.items.find((i) => i.documentId === docs[1])!;
    expect(second.hits.map((h) => h.field)).toEqual(["text"]);
    expect(second.hits[0].id).toMatch(new RegExp(`^${docs[1]}:t0:`));
  });

  it("refuses an empty, oversized or invalid query, and a cursor from another search", async () => {
    const reject = (q: string, mode: "words" | "regex" = "words") => searchDocuments({ q, mode, scope: "text" });
    await expect(reject("   ")).rejects.toMatchObject({ code: "invalid" });
    await expect(reject("x".repeat(10_000))).rejects.toMatchObject({ code: "invalid", message: expect.stringMatching(/at most 500/) });
    await expect(reject("(unclosed", "regex")).rejects.toMatchObject({ code: "invalid", message: expect.stringMatching(/Not a valid regular expression/) });
    await expect(reject("...")).rejects.toMatchObject({ code: "invalid", message: expect.stringMatching(/no words/) });
    await expect(searchDocuments({ q: "report", mode: "words", scope: "text", cursor: "bogus" })).rejects.toMatchObject({ code: "invalid" });
  });

  it.runIf(onPostgres)("PostgreSQL reads every text's word index as lib/search/tsvector writes it", async () => {
    const { tsvectorLiteral } = await import("../../search/tsvector");
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 200 }), async (text) => {
        const literal = tsvectorLiteral(text);
        const [row] = await getDb().$queryRaw<{ back: string }[]>`SELECT ${literal}::tsvector::text AS "back"`;
        // PostgreSQL lists the lexemes in its own order; what it holds must be what was written.
        expect(row.back.split(" ").filter(Boolean).sort()).toEqual(literal.split(" ").filter(Boolean).sort());
      }),
      { numRuns: 200 },
    );
  });
});

