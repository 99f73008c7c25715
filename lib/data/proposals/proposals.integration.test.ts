import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

const tempDb = await useTempDatabase();
const { getDb, createDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createRevision } = await import("../revisions/create-revision");
const { createProposal, resubmitProposal } = await import("./create-proposal");
const { approveProposal } = await import("./approve-proposal");
const { rejectProposal, withdrawProposal } = await import("./decide-proposal");
const { getProposal } = await import("./get-proposal");
const { listReviewQueue } = await import("./list-proposals");
const { markDocument } = await import("../documents/mark-document");
const { listActivity } = await import("../audit/audit");
const { getDocument } = await import("../documents/get-document");
const { listRevisions } = await import("../revisions/revisions");
const { createAnnotation } = await import("../annotations/create-annotation");
const { listAnnotations } = await import("../annotations/list-annotations");
const { updateCollection } = await import("../collections/update-collection");
const { getOwnOpenProposals } = await import("./get-own-open-proposals");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
type Role = "admin" | "reviewer" | "corrector" | "viewer";
const person = (username: string, role: Role) => testUser(username, role);
const REPORT = "3. There were meetings between Otroshchenko, Genserslov, and the Japanese. Later, Genserslov left for Tokyo with Kuzma N. Nikolayevich Derevyanko.";

let corrector: Awaited<ReturnType<typeof person>>;
let corrector2: Awaited<ReturnType<typeof person>>;
let reviewer: Awaited<ReturnType<typeof person>>;
let reviewer2: Awaited<ReturnType<typeof person>>;
beforeAll(async () => {
  corrector = await person("cora", "corrector");
  corrector2 = await person("carl", "corrector");
  reviewer = await person("rita", "reviewer");
  reviewer2 = await person("rob", "reviewer");
});

// Each document in its own collection: the same text twice in one collection is refused.
const newDoc = async (title: string, text = REPORT) => {
  const collection = await getDb().collection.create({ data: { name: title, settings: {} }, select: { id: true } });
  return (await createDocument({ title, text, facts, authorId: null, collectionId: collection.id })).id;
};

describe(`proposals on ${DATABASE_KIND}`, () => {
  it("a corrector's editor gets their open proposals, newest first, and the text of the one waiting on the head", async () => {
    const id = await newDoc("own open");
    const first = await createProposal({ documentId: id, baseSeq: 0, text: REPORT.replace("Tokyo", "Tokio"), message: "first", author: corrector });
    const second = await createProposal({ documentId: id, baseSeq: 0, text: REPORT.replaceAll("Genserslov", "Generalov"), message: "second", author: corrector });
    await createProposal({ documentId: id, baseSeq: 0, text: REPORT.replace("Japanese", "Japanese."), message: "someone else's", author: corrector2 });
    const own = await getOwnOpenProposals({ documentId: id, authorId: corrector.id, headSeq: 0, headText: REPORT });
    expect(own.open).toEqual([
      { id: second.id, status: "proposed", message: "second" },
      { id: first.id, status: "proposed", message: "first" },
    ]);
    expect(own.pending).toEqual({ id: second.id, message: "second", text: REPORT.replaceAll("Genserslov", "Generalov") });
    // Once the head moves on, nothing is pending against it: the editor shows the head.
    await createRevision({ documentId: id, baseSeq: 0, text: REPORT + " ", message: "m", authorId: reviewer.id });
    expect((await getOwnOpenProposals({ documentId: id, authorId: corrector.id, headSeq: 1, headText: REPORT + " " })).pending).toBeNull();
  });

  it("a proposal waits in the queue, then its approval becomes the next revision, credited to its author", async () => {
    const id = await newDoc("approve");
    const p = await createProposal({ documentId: id, baseSeq: 0, text: REPORT.replaceAll("Genserslov", "Generalov"), message: "Genserslov → Generalov", author: corrector });
    expect(p.status).toBe("proposed");
    expect((await getDocument({ id })).headSeq).toBe(0);
    expect((await getDocument({ id })).status).toBe("in_progress");
    expect((await listReviewQueue()).map((q) => q.id)).toContain(p.id);

    const approved = await approveProposal({ proposalId: p.id, reviewer, note: "Checked against the scan" });
    expect(approved).toEqual({ seq: 1, merged: false });
    const doc = await getDocument({ id });
    expect(doc.text).toBe(REPORT.replaceAll("Genserslov", "Generalov"));
    const revs = await listRevisions({ documentId: id });
    expect(revs[1]).toMatchObject({ seq: 1, author: "cora", message: "Genserslov → Generalov" });
    const detail = await getProposal({ id: p.id });
    expect(detail).toMatchObject({ status: "approved", resultSeq: 1, note: "Checked against the scan", reviewer: { username: "rita" } });
    expect((await listReviewQueue()).map((q) => q.id)).not.toContain(p.id);
    const actions = (await listActivity({ documentId: id })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["proposal.create", "proposal.approve", "document.status"]));
  });

  it("refuses self-approval unless the collection allows it", async () => {
    const id = await newDoc("four eyes");
    const p = await createProposal({ documentId: id, baseSeq: 0, text: REPORT.replace("Tokyo", "Tokio"), message: "m", author: reviewer });
    await expect(approveProposal({ proposalId: p.id, reviewer })).rejects.toMatchObject({ code: "forbidden" });
    const { collectionId } = await getDb().document.findUniqueOrThrow({ where: { id }, select: { collectionId: true } });
    await updateCollection({ id: collectionId, changes: { reviewersCommitDirectly: true, selfApproval: true }, actorId: reviewer.id });
    try {
      await expect(approveProposal({ proposalId: p.id, reviewer })).resolves.toMatchObject({ seq: 1 });
    } finally {
      await updateCollection({ id: collectionId, changes: { reviewersCommitDirectly: true, selfApproval: false }, actorId: reviewer.id });
    }
  });

  it("approves only the selected hunks and records the rest as rejected", async () => {
    const id = await newDoc("hunks");
    const text = REPORT.replaceAll("Genserslov", "Generalov").replace("Nikolayevich", "[Nikolayevich]");
    const p = await createProposal({ documentId: id, baseSeq: 0, text, message: "three fixes", author: corrector });
    const detail = await getProposal({ id: p.id });
    expect(detail.hunks.map((h) => [h.before, h.after])).toEqual([["Genserslov", "Generalov"], ["Genserslov", "Generalov"], ["Nikolayevich", "[Nikolayevich]"]]);
    await expect(approveProposal({ proposalId: p.id, reviewer, hunks: [7] })).rejects.toMatchObject({ code: "invalid" });
    await approveProposal({ proposalId: p.id, reviewer, hunks: [0, 2], note: "The second Genserslov is the typist's." });
    expect((await getDocument({ id })).text).toBe(REPORT.replace("Genserslov", "Generalov").replace("Nikolayevich", "[Nikolayevich]"));
    expect(await getProposal({ id: p.id })).toMatchObject({ acceptedHunks: [0, 2], rejectedHunks: [1] });
    // The records say in words what was accepted and what was left out, with the note.
    const revision = (await listRevisions({ documentId: id })).at(-1)!;
    expect(revision.message).toBe("three fixes (approved 2 of 3 changes; left out: Genserslov → Generalov)");
    const approval = (await listActivity({ documentId: id })).find((e) => e.action === "proposal.approve");
    expect(approval?.detail).toBe(
      "Approved 2 of 3 changes; left out: Genserslov → Generalov; accepted: Genserslov → Generalov; Nikolayevich → [Nikolayevich]. Note: The second Genserslov is the typist's.",
    );
  });

  it("merges a proposal onto a moved head when the changes are disjoint", async () => {
    const id = await newDoc("merge");
    const p = await createProposal({ documentId: id, baseSeq: 0, text: REPORT.replace("Nikolayevich", "[Nikolayevich]"), message: "patronymic", author: corrector });
    await createRevision({ documentId: id, baseSeq: 0, text: REPORT.replaceAll("Genserslov", "Generalov"), message: "names", authorId: reviewer2.id });
    await expect(approveProposal({ proposalId: p.id, reviewer })).resolves.toEqual({ seq: 2, merged: true });
    expect((await getDocument({ id })).text).toBe(REPORT.replaceAll("Genserslov", "Generalov").replace("Nikolayevich", "[Nikolayevich]"));
  });

  it("sends an overlapping proposal back to its author (409, needs_rebase), who resolves and resubmits", async () => {
    const id = await newDoc("conflict", "teh cat sat on the mat");
    const p = await createProposal({ documentId: id, baseSeq: 0, text: "the cat sat on the mat", message: "teh → the", author: corrector });
    await createRevision({ documentId: id, baseSeq: 0, text: "ten cat sat on the mat", message: "teh → ten", authorId: reviewer2.id });
    await expect(approveProposal({ proposalId: p.id, reviewer })).rejects.toMatchObject({ code: "conflict", details: { reason: "merge_conflict" } });
    const detail = await getProposal({ id: p.id });
    expect(detail.status).toBe("needs_rebase");
    expect(detail.merge?.segments.filter((s) => s.kind === "conflict")).toEqual([{ kind: "conflict", base: "teh", mine: "the", theirs: "ten", baseOffset: 0 }]);
    expect((await getDocument({ id })).text).toBe("ten cat sat on the mat");
    await expect(approveProposal({ proposalId: p.id, reviewer })).rejects.toMatchObject({ code: "conflict" });
    await expect(resubmitProposal({ proposalId: p.id, baseSeq: 1, text: "the cat sat on the mat", author: corrector2 })).rejects.toMatchObject({ code: "forbidden" });
    await resubmitProposal({ proposalId: p.id, baseSeq: 1, text: "the cat sat on the mat", author: corrector });
    await expect(approveProposal({ proposalId: p.id, reviewer })).resolves.toEqual({ seq: 2, merged: false });
    expect((await getDocument({ id })).text).toBe("the cat sat on the mat");
  });

  it("lets only the author withdraw, and a reviewer reject with a note", async () => {
    const id = await newDoc("withdraw");
    const a = await createProposal({ documentId: id, baseSeq: 0, text: REPORT + " A", message: "a", author: corrector });
    const b = await createProposal({ documentId: id, baseSeq: 0, text: REPORT + " B", message: "b", author: corrector });
    await expect(withdrawProposal({ proposalId: a.id, author: corrector2 })).rejects.toMatchObject({ code: "forbidden" });
    await withdrawProposal({ proposalId: a.id, author: corrector });
    await expect(rejectProposal({ proposalId: b.id, reviewer, note: " " })).rejects.toMatchObject({ code: "invalid" });
    await rejectProposal({ proposalId: b.id, reviewer, note: "Not in the typescript" });
    await expect(approveProposal({ proposalId: b.id, reviewer })).rejects.toMatchObject({ code: "conflict" });
    expect((await getDocument({ id })).headSeq).toBe(0);
  });

  it("re-anchors annotations on an approved revision", async () => {
    const id = await newDoc("anchors");
    const start = REPORT.indexOf("Otroshchenko");
    await createAnnotation({ documentId: id, start, end: start + "Otroshchenko".length, tag: "person", authorId: corrector.id });
    const p = await createProposal({ documentId: id, baseSeq: 0, text: "Preface. " + REPORT, message: "m", author: corrector });
    await approveProposal({ proposalId: p.id, reviewer });
    const [a] = await listAnnotations({ documentId: id });
    expect(a).toMatchObject({ start: start + 9, exact: "Otroshchenko", status: "anchored" });
  });

  it("moves a document through the proofreading levels, with four eyes", async () => {
    const id = await newDoc("levels");
    const p = await createProposal({ documentId: id, baseSeq: 0, text: REPORT.replace("Tokyo", "Tokio"), message: "m", author: corrector });
    await expect(markDocument({ documentId: id, user: corrector, level: "corrected" })).rejects.toMatchObject({ code: "conflict" });
    await approveProposal({ proposalId: p.id, reviewer });
    await markDocument({ documentId: id, user: reviewer, level: "corrected" });
    await expect(markDocument({ documentId: id, user: reviewer, level: "approved" })).rejects.toMatchObject({ code: "forbidden" });
    await markDocument({ documentId: id, user: reviewer2, level: "approved" });
    expect((await getDocument({ id })).status).toBe("approved");
    await createRevision({ documentId: id, baseSeq: 1, text: REPORT, message: "undo", authorId: reviewer.id });
    const doc = await getDb().document.findUniqueOrThrow({ where: { id }, select: { status: true, statusReason: true } });
    expect(doc).toEqual({ status: "in_progress", statusReason: "The text changed after it was approved" });
  });
});

describe(`racing approvals on ${DATABASE_KIND}`, () => {
  it("of conflicting proposals approved at once, exactly one wins and the others get 409; nothing is lost or doubled", async () => {
    const id = await newDoc("race", "teh cat sat on teh mat");
    const versions = ["the", "ten", "tea", "tha", "thy"];
    const proposals = [];
    for (const v of versions) proposals.push(await createProposal({ documentId: id, baseSeq: 0, text: `${v} cat sat on teh mat`, message: v, author: corrector }));
    const results = await Promise.allSettled(proposals.map((p) => approveProposal({ proposalId: p.id, reviewer })));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(4).fill("conflict"));
    const revs = await listRevisions({ documentId: id });
    expect(revs).toHaveLength(2);
    const winner = proposals[results.findIndex((r) => r.status === "fulfilled")];
    expect((await getDocument({ id })).text).toBe(`${versions[proposals.indexOf(winner)]} cat sat on teh mat`);
    const statuses = await getDb().proposal.findMany({ where: { documentId: id }, select: { status: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual(["approved", "needs_rebase", "needs_rebase", "needs_rebase", "needs_rebase"]);
  });

  it("of disjoint proposals approved at once, all land, one after another", async () => {
    const words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"];
    const id = await newDoc("race disjoint", words.join(" "));
    const proposals = [];
    for (const [i, w] of words.entries()) {
      const text = words.map((x, j) => (j === i ? w.toUpperCase() : x)).join(" ");
      proposals.push(await createProposal({ documentId: id, baseSeq: 0, text, message: w, author: corrector }));
    }
    const results = await Promise.allSettled(proposals.map((p) => approveProposal({ proposalId: p.id, reviewer })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect((await getDocument({ id })).text).toBe(words.map((w) => w.toUpperCase()).join(" "));
    expect(await listRevisions({ documentId: id })).toHaveLength(words.length + 1);
  });

  it("serialises approvals from two connections (two server processes) on the same file", async () => {
    const id = await newDoc("two processes", "teh cat sat on teh mat");
    const a = await createProposal({ documentId: id, baseSeq: 0, text: "the cat sat on teh mat", message: "a", author: corrector });
    const b = await createProposal({ documentId: id, baseSeq: 0, text: "ten cat sat on teh mat", message: "b", author: corrector });
    const other = createDb(tempDb.url);
    // A second client on the same file: lib/server/db's getDb is process-wide, so swap it for one call.
    const global = globalThis as unknown as { workbenchDb?: ReturnType<typeof createDb> };
    const mine = global.workbenchDb!;
    const viaOther = (async () => {
      global.workbenchDb = other;
      const promise = approveProposal({ proposalId: b.id, reviewer });
      global.workbenchDb = mine;
      return promise;
    })();
    const results = await Promise.allSettled([approveProposal({ proposalId: a.id, reviewer }), viaOther]);
    await other.$disconnect();
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await listRevisions({ documentId: id })).toHaveLength(2);
  });
});
