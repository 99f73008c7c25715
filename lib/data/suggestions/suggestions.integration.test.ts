import { beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { updateDocument } = await import("../documents/update-document");
const { markDocument } = await import("../documents/mark-document");
const { createRevision } = await import("../revisions/create-revision");
const { revertToRevision } = await import("../revisions/revert-revision");
const { createProposal } = await import("../proposals/create-proposal");
const { approveProposal } = await import("../proposals/approve-proposal");
const { rejectProposal } = await import("../proposals/decide-proposal");
const { createEntity } = await import("../entities/entities");
const { getSuggestions } = await import("./get-suggestions");
const { addIgnoredWord } = await import("./add-ignored-word");
const { removeIgnoredWord } = await import("./remove-ignored-word");
const { listIgnoredWords } = await import("./list-ignored-words");
const { rebuildModels } = await import("./rebuild-models");
const { setRuleOff } = await import("./set-rule-off");
const { listSuggestionRules } = await import("./list-suggestion-rules");
const { createChangeset } = await import("../changesets/create-changeset");
const { runChangeset } = await import("../changesets/run-changeset");
const { startRevert, runRevert } = await import("../changesets/revert-changeset");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
const REPORT = (n: number) => `${n}. The mission at Nishikura was headed by Genserslov, who arrived in August with four officers. Report ${n}.`;

let admin: Awaited<ReturnType<typeof testUser>>;
let reviewer: Awaited<ReturnType<typeof testUser>>;
let corrector: Awaited<ReturnType<typeof testUser>>;
beforeAll(async () => {
  admin = await testUser("sg-admin", "admin");
  reviewer = await testUser("sg-reviewer", "reviewer");
  corrector = await testUser("sg-corrector", "corrector");
});

const newCollection = async (name: string) => (await getDb().collection.create({ data: { name, settings: {} }, select: { id: true } })).id;
const newDoc = async (collectionId: string, text: string) => (await createDocument({ title: text.slice(0, 20), text, facts, authorId: null, collectionId })).id;
const flagged = async (documentId: string, word: string) => (await getSuggestions({ documentId })).items.find((s) => s.text === word);
const counts = () => getDb().suggestionCount.findMany({ orderBy: [{ collectionId: "asc" }, { kind: "asc" }, { key: "asc" }, { value: "asc" }] });

describe("suggestions learn from a collection's accepted corrections", () => {
  it("a correction saved in document A suggests itself in document B of the same collection, not in another collection", async () => {
    const reports = await newCollection("reports");
    const other = await newCollection("other reports");
    const a = await newDoc(reports, REPORT(1));
    const b = await newDoc(reports, REPORT(2));
    const elsewhere = await newDoc(other, REPORT(3));
    expect(await flagged(b, "Genserslov")).toBeUndefined();

    await createRevision({ documentId: a, baseSeq: 0, text: REPORT(1).replace("Genserslov", "Generalov"), message: "fix", authorId: reviewer.id });
    expect(await flagged(b, "Genserslov")).toMatchObject({
      reason: "rewrite",
      candidates: [{ text: "Generalov", evidence: "Genserslov → Generalov, accepted once" }],
    });
    expect(await flagged(elsewhere, "Genserslov")).toBeUndefined();
    expect((await rebuildModels({ dryRun: true })).every((r) => r.differences === 0)).toBe(true);
  });

  it("an approved proposal teaches; a rejected one changes nothing", async () => {
    const c = await newCollection("proposals");
    const a = await newDoc(c, REPORT(4));
    const b = await newDoc(c, REPORT(5));
    const rejected = await createProposal({ documentId: a, baseSeq: 0, text: REPORT(4).replace("Nishikura", "Nishikoora"), message: "m", author: corrector });
    const before = await counts();
    await rejectProposal({ proposalId: rejected.id, reviewer, note: "The scan reads Nishikura" });
    expect(await counts()).toEqual(before);
    expect(await flagged(b, "Nishikura")).toBeUndefined();

    const p = await createProposal({ documentId: a, baseSeq: 0, text: REPORT(4).replace("Genserslov", "Generalov"), message: "m", author: corrector });
    await approveProposal({ proposalId: p.id, reviewer });
    expect(await flagged(b, "Genserslov")).toMatchObject({ reason: "rewrite", candidates: [{ text: "Generalov" }] });
  });

  it("stays exactly what the history teaches through saves, marking, falling back, reverting and moving", async () => {
    const c = await newCollection("history");
    const d = await newCollection("history, moved");
    const a = await newDoc(c, REPORT(6));
    const fixed = REPORT(6).replace("Genserslov", "Generalov");
    await createRevision({ documentId: a, baseSeq: 0, text: fixed, message: "fix", authorId: reviewer.id });
    await markDocument({ documentId: a, user: reviewer, level: "corrected" });
    // Vouched for: its words are known now, so a misreading of one is flagged in a sibling.
    const sibling = await newDoc(c, "The mission at Nishlkura was headed by Generalov.");
    expect(await flagged(sibling, "Nishlkura")).toMatchObject({ candidates: [{ text: "Nishikura" }] });
    await createRevision({ documentId: a, baseSeq: 1, text: fixed + " Later.", message: "more", authorId: reviewer.id });
    await revertToRevision({ documentId: a, seq: 1, baseSeq: 2, author: reviewer });
    await updateDocument({ id: a, changes: { collectionId: d }, actor: admin });
    const reports = await rebuildModels({ dryRun: true });
    expect(reports.filter((r) => r.differences > 0)).toEqual([]);
    expect(reports.find((r) => r.collection === "history, moved")?.counts).toBeGreaterThan(0);

    // A drifted model is found and rebuilt.
    await getDb().suggestionCount.deleteMany({ where: { collectionId: d } });
    expect((await rebuildModels({ dryRun: true })).find((r) => r.collection === "history, moved")?.differences).toBeGreaterThan(0);
    await rebuildModels();
    expect((await rebuildModels({ dryRun: true })).every((r) => r.differences === 0)).toBe(true);
  });

  it("an undone changeset and a revert from History take back what they taught, and teach nothing themselves", async () => {
    const c = await newCollection("undo teaches nothing");
    const text = (n: number) => `${n}. Brysgalov met Genserslov at the pier; Bryzgalov left at noon.`;
    const [a, b] = [await newDoc(c, text(1)), await newDoc(c, text(2))];
    const before = await counts();
    const created = await createChangeset({ input: { query: "Brysgalov", mode: "words", replacement: "Bryzgalov", message: "Brysgalov is Bryzgalov", collectionId: c }, author: admin });
    await runChangeset({ id: created.id });
    expect(await getDb().suggestionCount.findMany({ where: { collectionId: c, kind: "rewrite" }, select: { key: true, value: true, count: true } }))
      .toEqual([{ key: "Brysgalov", value: "Bryzgalov", count: 2 }]);

    await startRevert({ id: created.id, user: admin });
    await runRevert({ id: created.id });
    expect((await getDb().document.findUniqueOrThrow({ where: { id: a }, select: { headText: true } })).headText).toBe(text(1));
    // Nothing learned is left, and the reverse fix (Bryzgalov → Brysgalov, z→s) was never learned.
    expect(await counts()).toEqual(before);
    expect(await flagged(b, "Bryzgalov")).toBeUndefined();

    // A History revert over two corrections takes back both.
    await createRevision({ documentId: a, baseSeq: 2, text: text(1).replace("Genserslov", "Generalov"), message: "fix", authorId: reviewer.id });
    await createRevision({ documentId: a, baseSeq: 3, text: text(1).replace("Genserslov", "Generalov").replace("noon", "nine"), message: "more", authorId: reviewer.id });
    await revertToRevision({ documentId: a, seq: 2, baseSeq: 4, author: reviewer });
    expect(await counts()).toEqual(before);
    // The rebuild from history agrees with what the saves stored.
    expect((await rebuildModels({ dryRun: true })).find((r) => r.collection === "undo teaches nothing")?.differences).toBe(0);
  });

  it("names a recorded variant of an entity, and leaves alone what the collection ignores", async () => {
    const c = await newCollection("entities");
    await createEntity({ type: "person", name: "Sergey Otroshchenko", variants: ["Otroshenko"] });
    const doc = await newDoc(c, "The mission met Otroshenko and Zvyagintsev near the pier.");
    expect(await flagged(doc, "Otroshenko")).toMatchObject({ reason: "entity", candidates: [{ text: "Otroshchenko" }] });
    await addIgnoredWord({ collectionId: c, word: "Otroshenko", actor: corrector });
    await addIgnoredWord({ collectionId: c, word: "Otroshenko", actor: corrector });
    expect(await listIgnoredWords({ collectionId: c })).toEqual(["Otroshenko"]);
    expect(await flagged(doc, "Otroshenko")).toBeUndefined();
    await removeIgnoredWord({ collectionId: c, word: "Otroshenko", actor: reviewer });
    expect(await flagged(doc, "Otroshenko")).toBeDefined();
    await expect(removeIgnoredWord({ collectionId: c, word: "Otroshenko", actor: reviewer })).rejects.toMatchObject({ code: "not_found" });
    await expect(addIgnoredWord({ collectionId: c, word: "two words", actor: corrector })).rejects.toMatchObject({ code: "invalid" });
  });

  it("leaves a rule's kind alone once the collection turns it off, records who did, and flags it again when turned on", async () => {
    const c = await newCollection("rules off");
    const other = await newCollection("rules on");
    const text = "The steamer arived in May 2956, and 1 do not know with how many officers.";
    const doc = await newDoc(c, text);
    const elsewhere = await newDoc(other, text);
    const rules = async (d: string) => (await getSuggestions({ documentId: d })).items.map((s) => s.rule);
    expect(await rules(doc)).toEqual(["unknown-words", "misread-numbers", "stray-tokens"]);
    await setRuleOff({ collectionId: c, rule: "misread-numbers", off: true, actor: reviewer });
    // Twice is once: one row, one audit entry.
    await setRuleOff({ collectionId: c, rule: "misread-numbers", off: true, actor: reviewer });
    expect(await rules(doc)).toEqual(["unknown-words", "stray-tokens"]);
    expect(await rules(elsewhere)).toEqual(["unknown-words", "misread-numbers", "stray-tokens"]);
    const listed = await listSuggestionRules({ collectionId: c });
    expect(listed.find((r) => r.name === "misread-numbers")).toMatchObject({ off: true, offBy: reviewer.displayName, title: "Misread numbers and years" });
    expect(listed.filter((r) => r.off)).toHaveLength(1);
    await setRuleOff({ collectionId: c, rule: "misread-numbers", off: false, actor: admin });
    expect(await rules(doc)).toEqual(["unknown-words", "misread-numbers", "stray-tokens"]);
    const audit = await getDb().auditEvent.findMany({ where: { subjectId: c }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "collection.rule_off", actorId: reviewer.id },
      { action: "collection.rule_on", actorId: admin.id },
    ]);
    await expect(setRuleOff({ collectionId: c, rule: "no-such-rule", off: true, actor: admin })).rejects.toMatchObject({ code: "invalid" });
    await expect(setRuleOff({ collectionId: "no-such-collection", rule: "stops", off: true, actor: admin })).rejects.toMatchObject({ code: "not_found" });
  });

  it("answers the suggestions in a range, at most 2,000, with their total", async () => {
    const c = await newCollection("ranges");
    const line = "The steamer arived. ";
    const doc = await newDoc(c, line.repeat(2500));
    const all = await getSuggestions({ documentId: doc });
    expect(all.total).toBe(2500);
    expect(all.items).toHaveLength(2000);
    const window = await getSuggestions({ documentId: doc, start: line.length * 10, end: line.length * 20 });
    expect(window.total).toBe(10);
    expect(window.items.map((s) => s.start)).toEqual(Array.from({ length: 10 }, (_, k) => line.length * (10 + k) + 12));
  });

  // A document cannot be empty (import and saves refuse blank text); the detector's empty case is a unit test.
  it("answers for any revision, and an empty list when nothing is wrong", async () => {
    const c = await newCollection("seq");
    const doc = await newDoc(c, "The steamer arived.");
    await createRevision({ documentId: doc, baseSeq: 0, text: "The steamer arrived.", message: "fix", authorId: reviewer.id });
    expect((await getSuggestions({ documentId: doc })).items).toEqual([]);
    expect((await getSuggestions({ documentId: doc, seq: 0 })).items.map((s) => s.text)).toEqual(["arived"]);
    await expect(getSuggestions({ documentId: doc, seq: 5 })).rejects.toMatchObject({ code: "invalid" });
  });
});
