import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createCollection } = await import("../collections/create-collection");
const { createDocument } = await import("../documents/create-document");
const { createProposal } = await import("../proposals/create-proposal");
const { assignDocuments } = await import("../assignments/assign-documents");
const { touchPresence } = await import("../presence/touch-presence");
const { leavePresence } = await import("../presence/leave-presence");
const { listPresence } = await import("../presence/list-presence");
const { claimTask } = await import("./claim-task");
const { nextTask } = await import("./next-task");
const { IDLE_MS } = await import("../../team/presence-policy");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
type User = Awaited<ReturnType<typeof testUser>>;
let [lead, ada, bo, cy]: User[] = [];
let collectionId = "";
const doc: Record<string, string> = {};
const at = (minutes: number) => new Date(Date.UTC(2027, 0, 4, 9, minutes));

async function add(title: string, { priority = 0, date }: { priority?: number; date?: string } = {}) {
  const { id } = await createDocument({ title, text: `${title}: text of the report.`, facts, authorId: lead.id, collectionId });
  await getDb().document.update({ where: { id }, data: { priority, recordDate: date ?? null } });
  doc[title] = id;
}
const idOf = (task: Awaited<ReturnType<typeof nextTask>>) => (task && "documentId" in task ? task.documentId : null);
const titleOf = (id: string | null) => Object.entries(doc).find(([, v]) => v === id)?.[0] ?? null;

beforeAll(async () => {
  lead = await testUser("task-lead", "reviewer", "Rita Reviewer");
  ada = await testUser("task-ada", "corrector");
  bo = await testUser("task-bo", "corrector");
  cy = await testUser("task-cy", "corrector");
  collectionId = (await createCollection({ name: "Tasks" })).id;
  await add("Charlie", { date: "1951-03-01" });
  await add("Alpha", { date: "1951-03-01" });
  await add("Bravo", { date: "1950-01-01" });
  await add("Urgent", { priority: 1, date: "1960-01-01" });
  await add("Undated");
  await add("Assigned to Ada", { date: "1970-01-01" });
  await assignDocuments({ documentIds: [doc["Assigned to Ada"]], userId: ada.id, actorId: lead.id });
});

describe(`the next task on ${DATABASE_KIND}`, () => {
  it("hands out one's assignments first, then the collection's order (priority, the record's date, title), never the same to two", async () => {
    const ada1 = await nextTask({ user: ada, kind: "correct", collectionId, now: at(0) });
    expect(ada1).toMatchObject({ kind: "correct", title: "Assigned to Ada", assigned: true });
    const order = [];
    for (const user of [bo, cy, lead]) order.push(titleOf(idOf(await nextTask({ user, kind: "correct", collectionId, now: at(0) }))));
    expect(order).toEqual(["Urgent", "Bravo", "Alpha"]);
    // Asking again moves a person on, letting go of their last task, which others may take.
    expect(titleOf(idOf(await nextTask({ user: bo, kind: "correct", collectionId, skip: [doc.Urgent], now: at(1) })))).toBe("Charlie");
    expect(titleOf(idOf(await nextTask({ user: cy, kind: "correct", collectionId, skip: [doc.Bravo], now: at(1) })))).toBe("Urgent");
    expect(titleOf(idOf(await nextTask({ user: lead, kind: "correct", collectionId, skip: [doc.Alpha], now: at(1) })))).toBe("Bravo");
  });

  it("skips a document open in someone else's editor until their presence ends, and a claim until it lapses", async () => {
    await getDb().taskClaim.deleteMany();
    await touchPresence({ documentId: doc.Urgent, userId: ada.id, now: at(10) });
    expect(titleOf(idOf(await nextTask({ user: bo, kind: "correct", collectionId, now: at(11) })))).toBe("Bravo");
    expect(await listPresence({ documentId: doc.Urgent, now: at(11) })).toEqual([{ userId: ada.id, name: ada.displayName, since: at(10).toISOString() }]);
    // Five idle minutes end it: the document is free again, and bo's own claim on Bravo is let go for it.
    const later = new Date(at(10).getTime() + IDLE_MS);
    expect(await listPresence({ documentId: doc.Urgent, now: later })).toEqual([]);
    expect(titleOf(idOf(await nextTask({ user: bo, kind: "correct", collectionId, now: later })))).toBe("Urgent");
    expect(await getDb().taskClaim.findMany({ where: { userId: bo.id }, select: { key: true } })).toEqual([{ key: `document:${doc.Urgent}` }]);
  });

  it("starts presence afresh after a lapse, keeps 'since' while it beats, and ends it on leaving", async () => {
    await touchPresence({ documentId: doc.Alpha, userId: cy.id, now: at(20) });
    expect((await touchPresence({ documentId: doc.Alpha, userId: cy.id, now: at(24) })).joined).toBe(false);
    expect((await listPresence({ documentId: doc.Alpha, now: at(28) }))[0].since).toBe(at(20).toISOString());
    expect((await touchPresence({ documentId: doc.Alpha, userId: cy.id, now: at(40) })).joined).toBe(true);
    expect((await listPresence({ documentId: doc.Alpha, now: at(40) }))[0].since).toBe(at(40).toISOString());
    expect(await leavePresence({ documentId: doc.Alpha, userId: cy.id })).toEqual({ left: true });
    expect(await listPresence({ documentId: doc.Alpha, now: at(40) })).toEqual([]);
    await expect(touchPresence({ documentId: "missing", userId: cy.id })).rejects.toMatchObject({ status: 404 });
  });

  it("never gives one task to two people asking at the same moment (a race)", async () => {
    await getDb().taskClaim.deleteMany();
    await getDb().presence.deleteMany();
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => testUser(`task-racer-${i}`, "corrector")));
    const now = at(50);
    const key = "document:race";
    const won = await Promise.all(people.map((p) => claimTask({ key, userId: p.id, now })));
    expect(won.filter(Boolean)).toHaveLength(1);
    // Eight people, five unassigned documents that need work: five distinct tasks, three told nothing waits.
    const tasks = await Promise.all(people.map((user) => nextTask({ user, kind: "correct", collectionId, now })));
    const given = tasks.map(idOf).filter((id): id is string => id !== null);
    expect(given).toHaveLength(5);
    expect(new Set(given).size).toBe(5);
    expect(given).not.toContain(doc["Assigned to Ada"]);
  });

  it("gives reviewers the oldest proposal by someone else, then a document marked corrected by someone else", async () => {
    await getDb().taskClaim.deleteMany();
    const proposal = await createProposal({ documentId: doc.Charlie, baseSeq: 0, text: "Charlie: the text of the report.", message: "article", author: ada });
    const task = await nextTask({ user: lead, kind: "review", collectionId, now: at(60) });
    expect(task).toMatchObject({ kind: "review", proposalId: proposal.id, documentId: doc.Charlie });
    // The proposal is the lead's for now; another reviewer is told nothing else waits.
    const other = await testUser("task-reviewer-2", "reviewer");
    expect(await nextTask({ user: other, kind: "review", collectionId, now: at(60) })).toBeNull();
    await expect(nextTask({ user: ada, kind: "review", collectionId })).rejects.toMatchObject({ status: 403 });
    // A corrector is not handed a document while their own proposal on it waits.
    await getDb().taskClaim.deleteMany();
    const adaTasks = [];
    for (let i = 0, skip: string[] = []; i < 8; i++) {
      const t = await nextTask({ user: ada, kind: "correct", collectionId, skip, now: at(61) });
      if (!t) break;
      adaTasks.push(idOf(t)!);
      skip.push(idOf(t)!);
    }
    expect(adaTasks).not.toContain(doc.Charlie);
    expect(adaTasks).toHaveLength(5);
  });

  it("answers 404 for an unknown collection", async () => {
    await expect(nextTask({ user: ada, kind: "correct", collectionId: "missing" })).rejects.toMatchObject({ status: 404 });
  });
});
