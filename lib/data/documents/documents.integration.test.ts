import { describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("./create-document");
const { deleteDocument } = await import("./delete-document");
const { restoreDocument } = await import("./restore-document");
const { updateDocument } = await import("./update-document");
const { listDeletedDocuments } = await import("./list-deleted-documents");
const { getDocument } = await import("./get-document");
const { listDocuments } = await import("./list-documents");
const { commitRevision } = await import("../revisions/commit-revision");
const { listActivity } = await import("../audit/audit");
const { checkAllDocuments } = await import("../revisions/check-integrity");
const { getDocumentHeader } = await import("./get-document-header");
const { createProposal } = await import("../proposals/create-proposal");
const { markDocument } = await import("./mark-document");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
let n = 0;
const newDoc = async (text = `Genserslov met Otroshchenko. (${++n})`) => (await createDocument({ title: `doc ${n}`, text, facts, authorId: null })).id;

describe("managing documents", () => {
  it("soft-deletes: 404 and hidden from lists, refuses saves, keeps everything, restores within 30 days", async () => {
    const admin = await testUser("del-admin", "admin");
    const id = await newDoc();
    await deleteDocument({ id, actor: admin });
    await expect(getDocument({ id })).rejects.toMatchObject({ code: "not_found" });
    expect((await listDocuments()).items.map((d) => d.id)).not.toContain(id);
    await expect(commitRevision({ documentId: id, baseSeq: 0, text: "x", message: "m", author: admin })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteDocument({ id, actor: admin })).rejects.toMatchObject({ code: "not_found" });
    expect(await getDb().document.count({ where: { id } })).toBe(1);
    expect((await listDeletedDocuments()).map((d) => d.id)).toContain(id);
    // fsck still checks the deleted document's chain.
    const checked: string[] = [];
    await checkAllDocuments((title) => checked.push(title));
    expect(checked).toContain((await getDb().document.findUniqueOrThrow({ where: { id }, select: { title: true } })).title);

    const late = new Date(Date.now() + 31 * 24 * 60 * 60 * 1000);
    await expect(restoreDocument({ id, actor: admin, now: late })).rejects.toMatchObject({ code: "conflict" });
    expect((await listDeletedDocuments({ now: late })).map((d) => d.id)).not.toContain(id);
    await restoreDocument({ id, actor: admin });
    const doc = await getDocument({ id });
    const row = await getDb().document.findUniqueOrThrow({ where: { id }, select: { createdAt: true, updatedAt: true } });
    // The plain-SQL read answers the same shapes as Prisma would: ISO dates, metadata as an object.
    expect(doc).toMatchObject({ id, headSeq: 0, revisionCount: 0, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(), metadata: { import: { bomStripped: false } } });
    const actions = (await listActivity({ documentId: id })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["document.delete", "document.restore"]));
  });

  it("edits title, source reference and collection, and refuses a move onto a duplicate with 409", async () => {
    const reviewer = await testUser("edit-rev", "reviewer");
    const text = `Pavlychev met Rozanov. (${++n})`;
    const id = await newDoc(text);
    const other = await getDb().collection.create({ data: { name: `other ${n}`, settings: {} }, select: { id: true } });
    const edited = await updateDocument({ id, changes: { title: "  CSDB-18851, page 1 ", sourceRef: "CSDB-18851" }, actor: reviewer });
    expect(edited).toMatchObject({ title: "CSDB-18851, page 1", sourceRef: "CSDB-18851" });
    await createDocument({ title: "twin", text, facts, authorId: null, collectionId: other.id });
    await expect(updateDocument({ id, changes: { collectionId: other.id }, actor: reviewer })).rejects.toMatchObject({ code: "conflict", details: { reason: "duplicate_document" } });
    const third = await getDb().collection.create({ data: { name: `third ${n}`, settings: {} }, select: { id: true } });
    expect(await updateDocument({ id, changes: { collectionId: third.id }, actor: reviewer })).toMatchObject({ collectionId: third.id });
    const details = (await listActivity({ documentId: id })).filter((e) => e.action === "document.update").map((e) => e.detail);
    expect(details).toEqual(expect.arrayContaining([expect.stringContaining("title “doc"), expect.stringMatching(/^Changed collection .* → third/)]));
  });

  it("header: summary, open proposals and who marked it corrected, in one read; 404 once deleted", async () => {
    const corrector = await testUser("head-corrector", "corrector");
    const reviewer = await testUser("head-reviewer", "reviewer");
    const id = await newDoc("Genserslov met Otroshchenko in Tokyo.");
    let header = await getDocumentHeader({ id });
    expect(header).toMatchObject({ openProposals: 0, markedBy: null, summary: { id, status: "raw", headSeq: 0, revisionCount: 0 } });
    expect(header.summary.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    await createProposal({ documentId: id, baseSeq: 0, text: "Generalov met Otroshchenko in Tokyo.", message: "m", author: corrector });
    await createProposal({ documentId: id, baseSeq: 0, text: "Genserslov met Otroshchenko in Tokio.", message: "m", author: corrector });
    header = await getDocumentHeader({ id });
    expect(header.openProposals).toBe(2);
    expect(header.summary.status).toBe("in_progress");

    const plain = await newDoc();
    await markDocument({ documentId: plain, user: reviewer, level: "corrected" });
    expect((await getDocumentHeader({ id: plain })).markedBy).toEqual({ id: reviewer.id, displayName: reviewer.displayName });

    await deleteDocument({ id: plain, actor: await testUser("head-admin", "admin") });
    await expect(getDocumentHeader({ id: plain })).rejects.toMatchObject({ code: "not_found" });
  });
});
