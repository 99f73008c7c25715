import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createCollection } = await import("../collections/create-collection");
const { createDocument } = await import("../documents/create-document");
const { commitRevision } = await import("../revisions/commit-revision");
const { planAudit, startAudit } = await import("./start-audit");
const { getAudit, listAuditLines } = await import("./get-audit");
const { checkAuditLine } = await import("./check-audit-line");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
type User = Awaited<ReturnType<typeof testUser>>;
let [rita, ada]: User[] = [];
let collectionId = "";
const docs: string[] = [];
const MEMO = (n: number) => Array.from({ length: 10 }, (_, i) => `Memo ${n} line ${i + 1}: report from Odessa on the port.`).join("\n");

beforeAll(async () => {
  rita = await testUser("audit-rita", "reviewer", "Rita Reviewer");
  ada = await testUser("audit-ada", "admin", "Ada Admin");
  collectionId = (await createCollection({ name: "Audited" })).id;
  for (const n of [1, 2, 3]) {
    const { id } = await createDocument({ title: `Memo ${n}`, text: MEMO(n), facts, authorId: rita.id, collectionId });
    docs.push(id);
  }
  // Ada corrected memo 1 (her revision credits her), then memos 1 and 2 were approved; memo 3 was not.
  await commitRevision({ documentId: docs[0], baseSeq: 0, text: MEMO(1).replace("line 1:", "line 1 :"), message: "spacing", author: ada });
  await getDb().document.updateMany({ where: { id: { in: [docs[0], docs[1]] } }, data: { status: "approved" } });
});

describe(`audits of approved text on ${DATABASE_KIND}`, () => {
  it("refuses a collection with nothing approved, and sizes out of range", async () => {
    const empty = (await createCollection({ name: "Nothing approved" })).id;
    await expect(startAudit({ collectionId: empty, user: rita })).rejects.toMatchObject({ status: 422 });
    await expect(startAudit({ collectionId, sampleSize: 21, user: rita })).rejects.toMatchObject({ status: 422, details: { field: "sampleSize" } });
    await expect(startAudit({ collectionId: "missing", user: rita })).rejects.toMatchObject({ status: 404 });
  });

  it("draws lines of approved documents only, in proportion, each once, with whose text it is", async () => {
    expect(await planAudit({ collectionId })).toEqual({ documents: 2, lines: 20, defaultSize: 20 });
    const { id, sampleSize } = await startAudit({ collectionId, sampleSize: 8, user: rita });
    expect(sampleSize).toBe(8);
    const lines = await listAuditLines({ id });
    expect(lines.map((l) => l.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(lines.filter((l) => l.documentId === docs[0])).toHaveLength(4);
    expect(lines.filter((l) => l.documentId === docs[1])).toHaveLength(4);
    expect(new Set(lines.map((l) => `${l.documentId}:${l.lineIndex}`)).size).toBe(8);
    const correctors = await getDb().auditLine.findMany({ where: { auditId: id }, select: { documentId: true, corrector: { select: { displayName: true } } } });
    expect(new Set(correctors.filter((c) => c.documentId === docs[0]).map((c) => c.corrector?.displayName))).toEqual(new Set(["Ada Admin"]));
    expect(new Set(correctors.filter((c) => c.documentId === docs[1]).map((c) => c.corrector?.displayName ?? null))).toEqual(new Set([null]));
    expect(await getAudit({ id })).toMatchObject({ sampleSize: 8, checked: 0, errors: 0, remainingCer: { estimate: null, low: null, high: null } });
  });

  it("counts the errors left in each checked line, stores a fix as a revision, and estimates the remaining CER", async () => {
    const { id } = await startAudit({ collectionId, sampleSize: 20, user: rita });
    const lines = await listAuditLines({ id });
    const [fixOne, fixTwo, ...right] = lines.filter((l) => l.documentId === docs[1]);
    // Right as it is: no errors, nothing stored.
    expect(await checkAuditLine({ auditId: id, lineId: right[0].id, corrected: right[0].text, user: rita })).toEqual({ errors: 0, fixSeq: null });
    // A fix is a revision of that line alone, and sends the approved document back with the reason.
    const fixed = fixOne.text.replace("Odessa", "Odesa");
    expect(await checkAuditLine({ auditId: id, lineId: fixOne.id, corrected: fixed, user: rita })).toEqual({ errors: 1, fixSeq: 1 });
    const doc = await getDb().document.findUniqueOrThrow({ where: { id: docs[1] }, select: { headText: true, status: true } });
    expect(doc.headText.split("\n")[fixOne.lineIndex]).toBe(fixed);
    expect(doc.headText.split("\n").filter((l) => l.includes("Odesa"))).toHaveLength(1);
    expect(doc.status).toBe("in_progress");
    // The head moved: the next fix finds its line again.
    expect(await checkAuditLine({ auditId: id, lineId: fixTwo.id, corrected: fixTwo.text.replace("port", "harbour"), user: rita })).toEqual({ errors: 6, fixSeq: 2 });
    await expect(checkAuditLine({ auditId: id, lineId: fixOne.id, corrected: fixed, user: rita })).rejects.toMatchObject({ status: 409 });
    await expect(checkAuditLine({ auditId: id, lineId: right[1].id, corrected: "two\nlines", user: rita })).rejects.toMatchObject({ status: 422 });
    for (const l of right.slice(1)) await checkAuditLine({ auditId: id, lineId: l.id, corrected: l.text, user: rita });
    const view = await getAudit({ id });
    const chars = [fixed, fixTwo.text.replace("port", "harbour"), ...right.map((r) => r.text)].reduce((a, t) => a + Array.from(t).length, 0);
    expect(view).toMatchObject({ checked: 10, errors: 7, characters: chars });
    const { estimate, low, high } = view.remainingCer as { estimate: number; low: number; high: number };
    expect(estimate).toBeCloseTo(7 / chars, 10);
    expect(low).toBeLessThanOrEqual(estimate);
    expect(high).toBeGreaterThan(estimate);
    expect(view.byCorrector.map((c) => [c.name, c.lines, c.errors])).toEqual([["the OCR (never corrected)", 10, 7]]);
  });
});
