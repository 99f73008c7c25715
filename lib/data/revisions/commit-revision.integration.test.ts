import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { userRef } from "../../../test/users";

await useTempDatabase();
const { createDocument } = await import("../documents/create-document");
const { commitRevision } = await import("./commit-revision");
const { getRevision, listRevisions } = await import("./revisions");
const { checkDocumentIntegrity } = await import("./check-integrity");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const BASE = "Comrade Il'inh met Genserslov at Khabarovsk. Later Otroshenko left for Moscow.";
let n = 0;
const newDoc = async () => (await createDocument({ title: `race ${++n}`, text: `${BASE} (${n})`, facts, authorId: null })).id;

describe("direct saves onto a moved head", () => {
  it("merges a stale save with a colleague's disjoint fix instead of reverting it, and names what was merged", async () => {
    const id = await newDoc();
    const [ada, bo] = [await userRef("ada"), await userRef("bo")];
    const base = (await getRevision({ documentId: id, seq: 0 })).text;
    await commitRevision({ documentId: id, baseSeq: 0, text: base.replace("Il'inh", "Il'ich"), message: "A", author: ada });
    const b = await commitRevision({ documentId: id, baseSeq: 0, text: base.replace("Genserslov", "Generalov"), message: "B", author: bo });
    expect(b).toMatchObject({ seq: 2, created: true, mergedFrom: [{ seq: 1, authorName: "ada" }] });
    const head = (await getRevision({ documentId: id, seq: 2 })).text;
    expect(head).toContain("Il'ich");
    expect(head).toContain("Generalov");
    expect(b.mergedText).toBe(head);
  });

  it("answers a conflict with the segments when both changed the same words, and stores nothing", async () => {
    const id = await newDoc();
    const base = (await getRevision({ documentId: id, seq: 0 })).text;
    await commitRevision({ documentId: id, baseSeq: 0, text: base.replace("Il'inh", "Il'ich"), message: "A", author: await userRef("ada") });
    const conflict = commitRevision({ documentId: id, baseSeq: 0, text: base.replace("Il'inh", "Ilyich"), message: "B", author: await userRef("bo") });
    await expect(conflict).rejects.toMatchObject({
      code: "conflict",
      details: { reason: "merge_conflict", headSeq: 1, baseSeq: 0, segments: expect.arrayContaining([expect.objectContaining({ kind: "conflict", base: "Il'inh", theirs: "Il'ich", mine: "Ilyich" })]) },
    });
    expect(await listRevisions({ documentId: id })).toHaveLength(2);
  });

  it("keeps the strict 409 stale_base when asked not to merge", async () => {
    const id = await newDoc();
    const base = (await getRevision({ documentId: id, seq: 0 })).text;
    await commitRevision({ documentId: id, baseSeq: 0, text: base.replace("Il'inh", "Il'ich"), message: "A", author: await userRef("ada") });
    await expect(commitRevision({ documentId: id, baseSeq: 0, text: base.replace("Genserslov", "Generalov"), message: "B", author: await userRef("bo"), merge: false })).rejects.toMatchObject({
      code: "stale_base",
      details: { headSeq: 1 },
    });
  });

  it("lands every one of eight racing saves from the same base, each fix once, and the chain replays", async () => {
    const id = await newDoc();
    const base = (await getRevision({ documentId: id, seq: 0 })).text;
    const fixes: [string, string][] = [
      ["Comrade", "Comrade."], ["Il'inh", "Il'ich"], ["Genserslov", "Generalov"], ["Khabarovsk", "Khabarovsk,"],
      ["Later", "Later,"], ["Otroshenko", "Otroshchenko"], ["left", "departed"], ["Moscow", "Moskva"],
    ];
    const authors = await Promise.all(fixes.map((_, i) => userRef(`racer${i}`)));
    const results = await Promise.all(
      fixes.map(([from, to], i) => commitRevision({ documentId: id, baseSeq: 0, text: base.replace(from, to), message: `fix ${i}`, author: authors[i] })),
    );
    expect(results.map((r) => r.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const head = (await getRevision({ documentId: id, seq: 8 })).text;
    for (const [, to] of fixes) expect(head.split(to).length - 1).toBeGreaterThanOrEqual(1);
    expect(head).toBe(fixes.reduce((text, [from, to]) => text.replace(from, to), base));
    // Every save but the first merged in the ones that landed before it.
    expect(results.filter((r) => r.mergedFrom.length > 0)).toHaveLength(7);
    expect(await checkDocumentIntegrity({ documentId: id })).toEqual([]);
  });
});

describe("who may save directly", () => {
  it("is checked by the save itself, whatever calls it: a corrector is refused, and nothing is stored", async () => {
    const id = await newDoc();
    const base = (await getRevision({ documentId: id, seq: 0 })).text;
    const corrector = await userRef("cor", "corrector");
    await expect(commitRevision({ documentId: id, baseSeq: 0, text: base.replace("Genserslov", "Generalov"), message: "m", author: corrector }))
      .rejects.toMatchObject({ status: 403, message: expect.stringContaining("submit a proposal") });
    const { revertToRevision } = await import("./revert-revision");
    await expect(revertToRevision({ documentId: id, seq: 0, baseSeq: 0, author: corrector })).rejects.toMatchObject({ status: 403 });
    expect(await listRevisions({ documentId: id })).toHaveLength(1);
    // A reviewer may, where the collection allows it (the default).
    await expect(commitRevision({ documentId: id, baseSeq: 0, text: base.replace("Genserslov", "Generalov"), message: "m", author: await userRef("rev", "reviewer") })).resolves.toMatchObject({ seq: 1 });
  });
});
