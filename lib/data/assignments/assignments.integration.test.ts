import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { createProposal } = await import("../proposals/create-proposal");
const { rejectProposal } = await import("../proposals/decide-proposal");
const { assignDocuments } = await import("./assign-documents");
const { listMyWork } = await import("./list-my-work");
const { setPriority } = await import("./set-priority");
const { listTeamProgress } = await import("./list-team-progress");
const { listDocuments } = await import("../documents/list-documents");
const { commitRevision } = await import("../revisions/commit-revision");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
let rita: Awaited<ReturnType<typeof testUser>>;
let cora: Awaited<ReturnType<typeof testUser>>;
const ids: string[] = [];

beforeAll(async () => {
  rita = await testUser("assign-rita", "reviewer");
  cora = await testUser("assign-cora", "corrector");
  for (const n of [1, 2, 3]) ids.push((await createDocument({ title: `Report ${n}`, text: `Report ${n} with Genserslov.`, facts, authorId: rita.id })).id);
});

describe(`assignments and one's work on ${DATABASE_KIND}`, () => {
  it("assigns documents to one person at a time, with a due day, each change audited, and takes them off again", async () => {
    expect(await assignDocuments({ documentIds: [ids[0], ids[1]], userId: cora.id, dueDate: "2027-01-31", actorId: rita.id })).toEqual({ assigned: 2, replaced: 0 });
    expect(await assignDocuments({ documentIds: [ids[1], ids[2]], userId: rita.id, actorId: rita.id })).toEqual({ assigned: 2, replaced: 1 });
    expect((await listMyWork({ user: cora })).assigned.map((a) => [a.title, a.dueDate, a.assignedBy])).toEqual([["Report 1", "2027-01-31", rita.displayName]]);
    expect((await listMyWork({ user: rita })).assigned.map((a) => a.title)).toEqual(["Report 2", "Report 3"]);
    const audit = await getDb().auditEvent.findMany({ where: { action: "document.assign", subjectId: ids[1] }, orderBy: { createdAt: "asc" }, select: { fromState: true, toState: true, detail: true } });
    expect(audit).toEqual([{ fromState: null, toState: cora.id, detail: `assigned to ${cora.displayName}, due 2027-01-31` }, { fromState: cora.id, toState: rita.id, detail: `assigned to ${rita.displayName}` }]);
    expect(await assignDocuments({ documentIds: [ids[2]], userId: null, actorId: rita.id })).toEqual({ assigned: 0, replaced: 1 });
    expect((await listMyWork({ user: rita })).assigned.map((a) => a.title)).toEqual(["Report 2"]);
  });

  it("refuses a day that is not one, an unknown person, and a missing document, storing nothing", async () => {
    await expect(assignDocuments({ documentIds: [ids[2]], userId: cora.id, dueDate: "2027-02-30", actorId: rita.id })).rejects.toMatchObject({ status: 422, details: { field: "dueDate" } });
    await expect(assignDocuments({ documentIds: [ids[2]], userId: "nobody", actorId: rita.id })).rejects.toMatchObject({ status: 422, details: { field: "userId" } });
    await expect(assignDocuments({ documentIds: [ids[2], "missing"], userId: cora.id, actorId: rita.id })).rejects.toMatchObject({ status: 404 });
    expect(await getDb().assignment.count({ where: { documentId: ids[2] } })).toBe(0);
  });

  it("lists the proposals waiting for a reviewer (not their own), and a corrector's proposals sent back", async () => {
    const proposal = await createProposal({ documentId: ids[0], baseSeq: 0, text: "Report 1 with Generalov.", message: "name", author: cora });
    expect((await listMyWork({ user: rita })).toReview.map((p) => [p.title, p.author])).toEqual([["Report 1", cora.displayName]]);
    expect((await listMyWork({ user: cora })).toReview).toEqual([]);
    await rejectProposal({ proposalId: proposal.id, reviewer: rita, note: "Keep the OCR's spelling here" });
    expect((await listMyWork({ user: cora })).sentBack).toEqual([expect.objectContaining({ title: "Report 1", status: "rejected", note: "Keep the OCR's spelling here" })]);
    expect((await listMyWork({ user: rita })).toReview).toEqual([]);
  });

  it("lists documents by assignee, with who has each and the priority; a priority change is audited and leaves 'last changed' alone", async () => {
    const before = await getDb().document.findUniqueOrThrow({ where: { id: ids[1] }, select: { updatedAt: true } });
    expect(await setPriority({ documentIds: [ids[1]], priority: 1, actorId: rita.id })).toEqual({ changed: 1 });
    expect(await setPriority({ documentIds: [ids[1]], priority: 1, actorId: rita.id })).toEqual({ changed: 0 });
    expect((await getDb().document.findUniqueOrThrow({ where: { id: ids[1] }, select: { updatedAt: true } })).updatedAt).toEqual(before.updatedAt);
    await expect(setPriority({ documentIds: [ids[1]], priority: 5, actorId: rita.id })).rejects.toMatchObject({ status: 422 });
    await expect(setPriority({ documentIds: ["missing"], priority: 0, actorId: rita.id })).rejects.toMatchObject({ status: 404 });
    expect(await getDb().auditEvent.count({ where: { action: "document.priority", subjectId: ids[1] } })).toBe(1);
    const mine = await listDocuments({ assignee: rita.id });
    expect(mine.items.map((d) => [d.title, d.priority, d.assignee?.name])).toEqual([["Report 2", 1, rita.displayName]]);
    const nobodys = await listDocuments({ assignee: "none" });
    expect(nobodys.items.map((d) => d.title)).toEqual(["Report 3"]);
  });

  it("reports progress by person: assigned by where each stands, overdue, revisions and proposals waiting", async () => {
    await assignDocuments({ documentIds: [ids[2]], userId: cora.id, dueDate: "2027-01-01", actorId: rita.id });
    await commitRevision({ documentId: ids[1], baseSeq: 0, text: "Report 2 with Generalov.", message: "name", author: rita });
    const progress = await listTeamProgress({ today: "2027-02-01" });
    const of = (id: string) => progress.find((p) => p.userId === id);
    expect(of(cora.id)).toEqual({ userId: cora.id, name: cora.displayName, assigned: { total: 2, notStarted: 1, inProgress: 1, done: 0, overdue: 2 }, revisions: 0, waiting: 0, keying: null });
    expect(of(rita.id)).toEqual({ userId: rita.id, name: rita.displayName, assigned: { total: 1, notStarted: 0, inProgress: 1, done: 0, overdue: 0 }, revisions: 1, waiting: 0, keying: null });
  });
});
