import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createRevision } = await import("../revisions/create-revision");
const { getRevisionText } = await import("../revisions/revisions");
const { searchDocuments } = await import("../search/search-documents");
const { checkSearchIndex } = await import("../search/check-search-index");
const { planChangeset } = await import("./plan-changeset");
const { createChangeset } = await import("./create-changeset");
const { runChangeset } = await import("./run-changeset");
const { getChangeset } = await import("./get-changeset");
const { approveChangeset, rejectChangeset } = await import("./decide-changeset");
const { startRevert, runRevert } = await import("./revert-changeset");
const { listOpenChangesets } = await import("./list-open-changesets");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const REPORT = (n: number) => `Report ${n}. The mission was headed by Genserslov.\nLater Genserslov left for Tokyo (${n}).`;

let admin: Awaited<ReturnType<typeof testUser>>;
let reviewer: Awaited<ReturnType<typeof testUser>>;
let rob: Awaited<ReturnType<typeof testUser>>;
let corrector: Awaited<ReturnType<typeof testUser>>;
beforeAll(async () => {
  admin = await testUser("cs-admin", "admin");
  reviewer = await testUser("cs-reviewer", "reviewer");
  rob = await testUser("cs-rob", "reviewer");
  corrector = await testUser("cs-corrector", "corrector");
});

const newCollection = async (name: string) => (await getDb().collection.create({ data: { name, settings: {} }, select: { id: true } })).id;
const newDoc = async (collectionId: string, text: string) => (await createDocument({ title: text.slice(0, 12), text, facts, authorId: null, collectionId })).id;
const head = async (id: string) => (await getDb().document.findUniqueOrThrow({ where: { id }, select: { headText: true, headSeq: true } }));
const fix = { query: "Genserslov", mode: "words" as const, replacement: "Generalov", message: "Genserslov is Generalov" };

describe("a changeset applied directly", () => {
  it("makes one revision per document, leaves out the unticked hit, and records, indexes and teaches it", async () => {
    const c = await newCollection("direct");
    const docs = [await newDoc(c, REPORT(1)), await newDoc(c, REPORT(2)), await newDoc(c, REPORT(3))];
    const preview = await planChangeset({ ...fix, collectionId: c });
    expect(preview.hits).toBe(6);
    expect(preview.documents[0].edits[0]).toMatchObject({ before: "Genserslov", after: "Generalov", lineBefore: "Report 1. The mission was headed by ", lineAfter: "." });
    const leftOut = preview.documents.find((d) => d.documentId === docs[1])!.edits[1].hitId;
    const created = await createChangeset({ input: { ...fix, collectionId: c, exclude: [leftOut] }, author: admin });
    expect(created).toMatchObject({ status: "applying", kind: "commit", documents: 3, hits: 5 });
    const seen: number[] = [];
    await runChangeset({ id: created.id, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([1, 2, 3]);

    const view = await getChangeset({ id: created.id });
    expect(view).toMatchObject({ status: "applied", progress: { done: 3, total: 3 } });
    expect(view.documents.map((d) => d.status)).toEqual(["applied", "applied", "applied"]);
    expect((await head(docs[0])).headText).toBe(REPORT(1).replaceAll("Genserslov", "Generalov"));
    expect((await head(docs[1])).headText).toBe(REPORT(2).replace("Genserslov", "Generalov"));
    const revision = await getDb().revision.findUniqueOrThrow({ where: { documentId_seq: { documentId: docs[0], seq: 1 } }, select: { message: true, authorId: true } });
    expect(revision).toEqual({ message: "Genserslov is Generalov", authorId: admin.id });
    const actions = (await getDb().auditEvent.findMany({ where: { subjectId: created.id }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["changeset.create", "changeset.document", "changeset.apply"]));
    expect((await searchDocuments({ q: "Genserslov", mode: "words", scope: "text", collectionId: c })).items.map((i) => i.documentId)).toEqual([docs[1]]);
    const learned = await getDb().suggestionCount.findMany({ where: { collectionId: c, kind: "rewrite", key: "Genserslov" }, select: { value: true, count: true } });
    expect(learned).toEqual([{ value: "Generalov", count: 5 }]);
    expect(await checkSearchIndex()).toEqual([]);
  });

  it("lets the event loop turn between documents, so the server answers others while it runs", async () => {
    const c = await newCollection("yields");
    for (let i = 0; i < 6; i++) await newDoc(c, REPORT(40 + i));
    const created = await createChangeset({ input: { ...fix, collectionId: c }, author: admin });
    let done = 0;
    const run = runChangeset({ id: created.id, onProgress: (n) => (done = n) });
    // A macrotask (what an incoming request is) gets its turn before the changeset ends.
    const seenByOthers = await new Promise<number>((resolve) => setImmediate(() => resolve(done)));
    await run;
    expect(seenByOthers).toBeLessThan(6);
    expect(done).toBe(6);
  });

  it("checks each hit again at apply time: a moved hit is applied where it went, a changed one is skipped with its reason", async () => {
    const c = await newCollection("stale");
    const a = await newDoc(c, REPORT(4));
    const b = await newDoc(c, REPORT(5));
    const created = await createChangeset({ input: { ...fix, collectionId: c }, author: admin });
    // Between the preview and the run, someone inserts text before the first hit and rewrites the second.
    await createRevision({ documentId: b, baseSeq: 0, text: `PREFACE.\n${REPORT(5).replace("Later Genserslov", "Later Gensrslov")}`, message: "edit", authorId: reviewer.id });
    await runChangeset({ id: created.id });
    const view = await getChangeset({ id: created.id });
    const partB = view.documents.find((d) => d.documentId === b)!;
    expect(partB.status).toBe("applied");
    expect(partB.skipped).toEqual([expect.objectContaining({ before: "Genserslov", reason: expect.stringMatching(/changed since the preview/) })]);
    expect((await head(b)).headText).toBe(`PREFACE.\n${REPORT(5).replace("Genserslov", "Generalov").replace("Later Genserslov", "Later Gensrslov")}`);
    expect((await head(a)).headText).toBe(REPORT(4).replaceAll("Genserslov", "Generalov"));
  });

  it("refuses to empty a document, and a changeset over no hit", async () => {
    const c = await newCollection("empty");
    const lonely = await newDoc(c, "Genserslov");
    const other = await newDoc(c, REPORT(6));
    const created = await createChangeset({ input: { query: "Genserslov", mode: "exact", replacement: "", collectionId: c }, author: admin });
    await runChangeset({ id: created.id });
    const view = await getChangeset({ id: created.id });
    expect(view.documents.find((d) => d.documentId === lonely)).toMatchObject({ status: "skipped", skipped: [expect.objectContaining({ reason: "the replacement would leave the document empty" })] });
    expect((await head(other)).headSeq).toBe(1);
    await expect(createChangeset({ input: { ...fix, query: "Nonexistentword", collectionId: c }, author: admin })).rejects.toMatchObject({ code: "invalid", message: "The search finds nothing to replace" });
    const all = (await planChangeset({ ...fix, query: "Tokyo", collectionId: c })).documents.flatMap((d) => d.edits.map((e) => e.hitId));
    await expect(createChangeset({ input: { ...fix, query: "Tokyo", collectionId: c, exclude: all }, author: admin })).rejects.toMatchObject({ code: "invalid" });
  });

  it("regular expressions replace with capture groups", async () => {
    const c = await newCollection("regex");
    const id = await newDoc(c, "Colonel Andrey Otroshchenko and Colonel Ivan Petrov.");
    const created = await createChangeset({ input: { query: "Colonel (\\w+) (\\w+)", mode: "regex", replacement: "$2, $1 (Col.)", collectionId: c }, author: admin });
    await runChangeset({ id: created.id });
    expect((await head(id)).headText).toBe("Otroshchenko, Andrey (Col.) and Petrov, Ivan (Col.).");
  });
});

describe("a corrector's changeset", () => {
  it("becomes one proposal per document; a reviewer approves one document per hit and the rest whole", async () => {
    const c = await newCollection("proposed");
    const docs = [await newDoc(c, REPORT(7)), await newDoc(c, REPORT(8))];
    const created = await createChangeset({ input: { ...fix, collectionId: c }, author: corrector });
    expect(created.kind).toBe("propose");
    await runChangeset({ id: created.id });
    let view = await getChangeset({ id: created.id });
    expect(view.status).toBe("proposed");
    expect(view.documents.map((d) => [d.status, d.proposalStatus])).toEqual([["proposed", "proposed"], ["proposed", "proposed"]]);
    expect((await head(docs[0])).headSeq).toBe(0);
    const proposals = await getDb().proposal.findMany({ where: { changesetId: created.id } });
    expect(proposals).toHaveLength(2);
    // The review queue lists it with its proposals waiting, and by name of its author.
    const queued = () => listOpenChangesets().then((all) => all.find((q) => q.id === created.id));
    expect(await queued()).toMatchObject({ authorName: corrector.displayName, waiting: 2, message: fix.message });

    const first = view.documents.find((d) => d.documentId === docs[0])!;
    const { outcomes } = await approveChangeset({ id: created.id, reviewer, selection: [{ documentId: docs[0], hits: [first.edits[1].hitId] }] });
    expect(outcomes).toEqual([expect.objectContaining({ documentId: docs[0], outcome: "approved" })]);
    expect((await head(docs[0])).headText).toBe(REPORT(7).replace("Later Genserslov", "Later Generalov"));
    await approveChangeset({ id: created.id, reviewer });
    expect((await head(docs[1])).headText).toBe(REPORT(8).replaceAll("Genserslov", "Generalov"));
    view = await getChangeset({ id: created.id });
    expect(view.documents.map((d) => d.proposalStatus)).toEqual(["approved", "approved"]);
    expect(await queued()).toBeUndefined();
  });

  it("racing approvals of one changeset apply each document once", async () => {
    const c = await newCollection("race");
    const docs = await Promise.all([1, 2, 3, 4].map((n) => newDoc(c, REPORT(10 + n))));
    const created = await createChangeset({ input: { ...fix, collectionId: c }, author: corrector });
    await runChangeset({ id: created.id });
    const [one, two] = await Promise.all([approveChangeset({ id: created.id, reviewer }), approveChangeset({ id: created.id, reviewer: rob })]);
    const approved = [...one.outcomes, ...two.outcomes].filter((o) => o.outcome === "approved").map((o) => o.documentId).sort();
    expect(approved).toEqual([...docs].sort());
    for (const d of docs) {
      expect(await head(d)).toEqual({ headSeq: 1, headText: expect.not.stringContaining("Genserslov") });
    }
  });

  it("two app processes running one changeset apply each document once", async () => {
    const c = await newCollection("two runners");
    const docs = await Promise.all([1, 2, 3, 4, 5].map((n) => newDoc(c, REPORT(40 + n))));
    const created = await createChangeset({ input: { ...fix, collectionId: c }, author: admin });
    // A second copy of the module stands for the other process: its own set of running changesets.
    const copy = "./run-changeset?other-process";
    const other = (await import(/* @vite-ignore */ copy)) as typeof import("./run-changeset");
    expect(other.runChangeset).not.toBe(runChangeset);
    await Promise.all([runChangeset({ id: created.id }), other.runChangeset({ id: created.id })]);
    for (const d of docs) expect(await head(d)).toEqual({ headSeq: 1, headText: expect.not.stringContaining("Genserslov") });
    const view = await getChangeset({ id: created.id });
    expect(view.status).toBe("applied");
    expect(await getDb().auditEvent.count({ where: { subjectId: created.id, action: "changeset.apply" } })).toBe(1);
  });

  it("a rejection needs a note and rejects every open proposal", async () => {
    const c = await newCollection("rejected");
    await newDoc(c, REPORT(20));
    const created = await createChangeset({ input: { ...fix, collectionId: c }, author: corrector });
    await runChangeset({ id: created.id });
    await expect(rejectChangeset({ id: created.id, reviewer, note: " " })).rejects.toMatchObject({ code: "invalid" });
    const { outcomes } = await rejectChangeset({ id: created.id, reviewer, note: "Genserslov is a different person" });
    expect(outcomes.map((o) => o.outcome)).toEqual(["rejected"]);
  });
});

describe("undoing a changeset", () => {
  it("adds revisions that revert exactly its changes, keeps later unrelated fixes, and lists conflicts", async () => {
    const c = await newCollection("undo");
    const [a, b, d] = [await newDoc(c, REPORT(30)), await newDoc(c, REPORT(31)), await newDoc(c, REPORT(32))];
    const created = await createChangeset({ input: { ...fix, collectionId: c }, author: admin });
    await runChangeset({ id: created.id });
    // Later: an unrelated fix in b, and a change of the very same word in d.
    await createRevision({ documentId: b, baseSeq: 1, text: (await head(b)).headText.replace("Tokyo", "Tokio"), message: "unrelated", authorId: reviewer.id });
    await createRevision({ documentId: d, baseSeq: 1, text: (await head(d)).headText.replace("headed by Generalov", "headed by Generalov Sr."), message: "same place", authorId: reviewer.id });
    await startRevert({ id: created.id, user: reviewer });
    await expect(startRevert({ id: created.id, user: reviewer })).rejects.toMatchObject({ code: "conflict" });
    await runRevert({ id: created.id });
    const view = await getChangeset({ id: created.id });
    expect(view.status).toBe("reverted");
    expect((await head(a)).headText).toBe(REPORT(30));
    expect((await head(b)).headText).toBe(REPORT(31).replace("Tokyo", "Tokio"));
    expect(view.documents.find((x) => x.documentId === d)).toMatchObject({ status: "revert_conflict" });
    expect(await getRevisionText({ documentId: a, seq: 2 })).toBe(REPORT(30));
  });

  it("needs the right to save directly: a reviewer where reviewers propose may not undo an admin's changeset", async () => {
    const c = (await getDb().collection.create({ data: { name: "proposing", settings: { review: { reviewersCommitDirectly: false, allowSelfApproval: false } } }, select: { id: true } })).id;
    const a = await newDoc(c, REPORT(33));
    const created = await createChangeset({ input: { ...fix, collectionId: c }, author: admin });
    await runChangeset({ id: created.id });
    await expect(startRevert({ id: created.id, user: reviewer })).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/proposing/) });
    expect((await getChangeset({ id: created.id })).status).toBe("applied");
    expect((await head(a)).headSeq).toBe(1);
    await startRevert({ id: created.id, user: admin });
    await runRevert({ id: created.id });
    expect((await head(a)).headText).toBe(REPORT(33));
  });
});
