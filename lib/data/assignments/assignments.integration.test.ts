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
});
