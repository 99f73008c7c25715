import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createRevision } = await import("../revisions/create-revision");
const { createProposal } = await import("../proposals/create-proposal");
const { collectionMetrics } = await import("./collection-metrics-sql");
const { markDocument } = await import("../documents/mark-document");
const { revertToRevision } = await import("../revisions/revert-revision");
const { fillErrorRates, recordErrorRates } = await import("./record-error-rates");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const RAW = "The rnission was headed by Genserslov.";

describe("collection metrics", () => {
  it("stores each revision's error rates, fills in missing ones, and gathers every chart's series", async () => {
    const ada = await testUser("m-admin", "admin");
    const cora = await testUser("m-corrector", "corrector");
    const c = (await getDb().collection.create({ data: { name: "metrics", settings: {} }, select: { id: true } })).id;
    const id = (await createDocument({ title: "one", text: RAW, facts, authorId: null, collectionId: c })).id;
    const other = (await createDocument({ title: "two", text: "Untouched.", facts, authorId: null, collectionId: c })).id;
    const fixed = "The mission was headed by Generalov.";
    await createRevision({ documentId: id, baseSeq: 0, text: fixed, message: "fix", authorId: ada.id });
    await recordErrorRates({ documentId: id, seq: 1, text: fixed });
    const stored = await getDb().revision.findMany({ where: { documentId: id }, orderBy: { seq: "asc" }, select: { cer: true, wer: true } });
    // rn→m (2 edits: r→m, drop n), Genserslov→Generalov (2) over 36 characters; 2 of 6 words.
    expect(stored[0]).toEqual({ cer: 0, wer: 0 });
    expect(stored[1].cer).toBeCloseTo(4 / 36);
    expect(stored[1].wer).toBeCloseTo(2 / 6);

    await getDb().revision.updateMany({ where: { documentId: id }, data: { cer: null, wer: null } });
    expect(await fillErrorRates()).toEqual({ documents: 1 });
    expect((await getDb().revision.findUniqueOrThrow({ where: { documentId_seq: { documentId: id, seq: 1 } }, select: { cer: true } })).cer).toBeCloseTo(4 / 36);

    await createProposal({ documentId: other, baseSeq: 0, text: "Untouched!", message: "m", author: cora });
    const m = await collectionMetrics({ collectionId: c });
    expect(m.collection).toEqual({ id: c, name: "metrics" });
    expect(m.documents.map((d) => [d.title, d.status, d.cer === null ? null : Number(d.cer.toFixed(4))])).toEqual([["one", "in_progress", Number((4 / 36).toFixed(4))], ["two", "in_progress", 0]]);
    expect(m.statusOverTime.at(-1)).toMatchObject({ raw: 0, in_progress: 2 });
    expect(m.correctionsPerPerson).toEqual([{ name: "m-admin", revisions: 1, charactersChanged: expect.any(Number) }]);
    expect(m.correctionsPerDay).toEqual([{ date: new Date().toISOString().slice(0, 10), count: 1 }]);
    // Nothing is marked corrected yet: in progress is not corrected.
    expect(m.corrected).toEqual({ documents: 0, meanCer: null });
    expect(m.errorRateDistribution.every((b) => b.count === 0)).toBe(true);
    expect(m.confusions.map((x) => `${x.from}→${x.to}`)).toEqual(expect.arrayContaining(["rn→m"]));
    expect(m.waitingProposals).toEqual([expect.objectContaining({ title: "two", authorName: "m-corrector", ageDays: 0 })]);
    await expect(collectionMetrics({ collectionId: "nope" })).rejects.toMatchObject({ code: "not_found" });

    // Marked corrected, it counts; a revert is no correction of its own.
    await markDocument({ documentId: id, user: ada, level: "corrected" });
    const marked = await collectionMetrics({ collectionId: c });
    expect(marked.corrected).toEqual({ documents: 1, meanCer: expect.closeTo(4 / 36, 4) });
    expect(marked.errorRateDistribution.find((b) => b.count > 0)).toEqual({ from: 0.1, to: 0.12, count: 1 });
    await revertToRevision({ documentId: id, seq: 0, baseSeq: 1, author: ada });
    const undone = await collectionMetrics({ collectionId: c });
    expect(undone.corrected).toEqual({ documents: 0, meanCer: null });
    expect(undone.correctionsPerPerson).toEqual([{ name: "m-admin", revisions: 1, charactersChanged: expect.any(Number) }]);
    expect(undone.correctionsPerDay).toEqual([{ date: new Date().toISOString().slice(0, 10), count: 1 }]);
  });
});
