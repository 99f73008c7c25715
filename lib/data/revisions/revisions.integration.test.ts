import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { userId, userRef } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createRevision } = await import("./create-revision");
const { getRevision, getDiff, getRevisionText, listRevisions } = await import("./revisions");
const { revertToRevision } = await import("./revert-revision");
const { checkDocumentIntegrity } = await import("./check-integrity");
const { loadSample } = await import("../documents/load-sample");
const { listDocuments } = await import("../documents/list-documents");
const { getDocument } = await import("../documents/get-document");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };

describe(`documents and revisions on ${DATABASE_KIND}`, () => {
  let sampleId = "";
  beforeAll(async () => {
    sampleId = (await loadSample()).id;
  });

  it("loads the sample once", async () => {
    expect(await loadSample()).toEqual({ created: false, id: sampleId });
    const { items } = await listDocuments();
    expect(items.filter((d) => d.sourceRef === "CSDB-18851")).toHaveLength(1);
  });

  it("saves a correction as revision 1 and rebuilds every revision exactly", async () => {
    const doc = await getDocument({ id: sampleId });
    const fixed = doc.text.replace("Genserslov", "Generalov");
    const rev = await createRevision({ documentId: sampleId, baseSeq: 0, text: fixed, message: "Fix name", authorId: await userId("Ada") });
    expect(rev).toMatchObject({ seq: 1, parentSeq: 0, authorId: await userId("Ada"), created: true, stats: { inserted: 1, deleted: 2 } });
    expect((await getDocument({ id: sampleId })).status).toBe("in_progress");

    const fixedTwice = fixed.replace("Genserslov", "Generalov");
    await createRevision({ documentId: sampleId, baseSeq: 1, text: fixedTwice, message: "Fix again", authorId: await userId("Ada") });
    expect((await getRevision({ documentId: sampleId, seq: 0 })).text).toBe(doc.rawText);
    expect((await getRevision({ documentId: sampleId, seq: 1 })).text).toBe(fixed);
    expect((await getRevision({ documentId: sampleId, seq: 2 })).text).toBe(fixedTwice);

    const revisions = await listRevisions({ documentId: sampleId });
    expect(revisions.map((r) => r.seq)).toEqual([0, 1, 2]);
    expect(revisions[0].patch).toBeNull();
    expect(revisions[1].patch).toContain("@@");
    expect(await checkDocumentIntegrity({ documentId: sampleId })).toEqual([]);
  });

  it("refuses a stale base with the head seq and stores nothing", async () => {
    const before = await listRevisions({ documentId: sampleId });
    await expect(
      createRevision({ documentId: sampleId, baseSeq: 0, text: "other", message: "", authorId: await userId("Bo") }),
    ).rejects.toMatchObject({ code: "stale_base", details: { headSeq: before.length - 1 } });
    expect(await listRevisions({ documentId: sampleId })).toHaveLength(before.length);
  });

  it("stores nothing when the text is unchanged", async () => {
    const doc = await getDocument({ id: sampleId });
    const rev = await createRevision({ documentId: sampleId, baseSeq: doc.headSeq, text: doc.text, message: "", authorId: await userId("Bo") });
    expect(rev).toMatchObject({ created: false, seq: doc.headSeq });
  });

  it("diffs at word level against the raw OCR", async () => {
    const diffs = await getDiff({ documentId: sampleId, from: 0, to: 1 });
    expect(diffs).toContainEqual([-1, "Genserslov"]);
    expect(diffs).toContainEqual([1, "Generalov"]);
  });

  it("reverts by adding a revision, never rewriting history", async () => {
    const doc = await getDocument({ id: sampleId });
    const rev = await revertToRevision({ documentId: sampleId, seq: 0, baseSeq: doc.headSeq, author: await userRef("Cy") });
    expect(rev.seq).toBe(doc.headSeq + 1);
    expect((await getDocument({ id: sampleId })).text).toBe(doc.rawText);
    expect((await getRevision({ documentId: sampleId, seq: 2 })).text).toContain("Generalov, and the Japanese");
  });

  it("writes snapshots on a long chain, and every revision still rebuilds", async () => {
    const base = "Nikolay Ivanovich Genserslov. ".repeat(40);
    const doc = await createDocument({ title: "chain", text: base, facts, authorId: await userId("t") });
    const texts = [base];
    for (let i = 1; i <= 40; i++) {
      const prev = texts[i - 1];
      const at = (i * 37) % prev.length;
      const next = prev.slice(0, at) + String.fromCodePoint(0x1f600 + (i % 5)) + prev.slice(at + 1);
      await createRevision({ documentId: doc.id, baseSeq: i - 1, text: next, message: `edit ${i}`, authorId: await userId("t") });
      texts.push(next);
    }
    const snapshots = await getDb().revision.count({ where: { documentId: doc.id, snapshot: { not: null } } });
    expect(snapshots).toBeGreaterThan(0);
    for (const seq of [1, 17, 25, 39, 40]) {
      expect((await getRevision({ documentId: doc.id, seq })).text).toBe(texts[seq]);
    }
    expect(await checkDocumentIntegrity({ documentId: doc.id })).toEqual([]);
  });

  it("fsck names the document and seq of a corrupted revision", async () => {
    const doc = await createDocument({ title: "corrupt me", text: "alpha beta gamma", facts, authorId: await userId("t") });
    await createRevision({ documentId: doc.id, baseSeq: 0, text: "alpha BETA gamma", message: "", authorId: await userId("t") });
    await getDb().revision.update({
      where: { documentId_seq: { documentId: doc.id, seq: 1 } },
      data: { sha256: "0".repeat(64) },
    });
    const problems = await checkDocumentIntegrity({ documentId: doc.id });
    expect(problems).toContainEqual(expect.objectContaining({ documentId: doc.id, seq: 1, title: "corrupt me" }));
  });

  it("refuses a duplicate import into the same collection", async () => {
    await createDocument({ title: "dup", text: "same text", facts, authorId: await userId("t") });
    await expect(createDocument({ title: "dup2", text: "same text", facts, authorId: await userId("t") })).rejects.toMatchObject({ code: "conflict" });
  });

  it("pages through the document list with a cursor", async () => {
    const first = await listDocuments({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await listDocuments({ limit: 2, cursor: first.nextCursor ?? undefined });
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(second.items.map((d) => d.id)).not.toContain(first.items[1].id);
  });
});

describe(`concurrency and random chains on ${DATABASE_KIND}`, () => {
  it("of racing saves from the same base exactly one wins; the others get 409 and nothing is lost", async () => {
    const doc = await createDocument({ title: "race", text: "Kuzma N. Nikolayevich Derevyanko", facts, authorId: await userId("t") });
    const variants = ["[Nikolayevich]", "Nikolaevich", "N.", "Nikolayevitch", "Nikolaj"];
    const racer = await userId("racer");
    const results = await Promise.allSettled(
      variants.map((v, i) =>
        createRevision({ documentId: doc.id, baseSeq: 0, text: `Kuzma N. ${v} Derevyanko`, message: `racer ${i}`, authorId: racer }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(4).fill("stale_base"));
    expect(await listRevisions({ documentId: doc.id })).toHaveLength(2);
    expect(await checkDocumentIntegrity({ documentId: doc.id })).toEqual([]);
  });

  it("reads each revision as it was while saves move the head, never the next one's text", async () => {
    const texts = ["line 0"];
    const doc = await createDocument({ title: "moving head", text: texts[0], facts, authorId: await userId("t") });
    // Reads of the current head started at every turn of the event loop while the next save lands.
    const readsDuringSave = async (seq: number, save: Promise<unknown>) => {
      const reads: Promise<string>[] = [];
      let saving = true;
      void save.finally(() => (saving = false));
      while (saving) {
        reads.push(getRevisionText({ documentId: doc.id, seq }));
        await new Promise((r) => setImmediate(r));
      }
      await save;
      return Promise.all(reads);
    };
    for (let seq = 0; seq < 25; seq++) {
      texts.push(`${texts[seq]}\nline ${seq + 1}`);
      const save = createRevision({ documentId: doc.id, baseSeq: seq, text: texts[seq + 1], message: `line ${seq + 1}`, authorId: await userId("Ada") });
      const read = await readsDuringSave(seq, save);
      expect(read.length).toBeGreaterThan(0);
      expect(new Set(read)).toEqual(new Set([texts[seq]]));
    }
  });

  it("every revision of random astral and combining edit sequences rebuilds exactly from the database", async () => {
    const fc = (await import("fast-check")).default;
    const chars = ["a", " ", "\t", "\n", "\f", "\u0301", "🅰", "😀", "ж", "é"];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.array(fc.constantFrom(...chars), { maxLength: 5 }) }), {
          minLength: 1,
          maxLength: 80,
        }),
        async (edits) => {
          const bySeq = [`seed ${run++} 😀 text`];
          const doc = await createDocument({ title: `prop ${run}`, text: bySeq[0], facts, authorId: await userId("p") });
          for (const e of edits) {
            const points = [...bySeq[bySeq.length - 1]];
            points.splice(e.at % (points.length + 1), e.remove, ...e.insert);
            const next = points.join("");
            if (next.trim() === "" || next === bySeq[bySeq.length - 1]) continue;
            await createRevision({ documentId: doc.id, baseSeq: bySeq.length - 1, text: next, message: "", authorId: await userId("p") });
            bySeq.push(next);
          }
          for (const [seq, text] of bySeq.entries()) {
            if ((await getRevision({ documentId: doc.id, seq })).text !== text) return false;
          }
          return (await checkDocumentIntegrity({ documentId: doc.id })).length === 0;
        },
      ),
      { numRuns: 8 },
    );
  });
});
