import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { stopJobQueue, sendJob } = await import("../../server/jobs/jobs");
const { createOcrJob } = await import("../ocr/create-ocr-job");
const { createDocument } = await import("../documents/create-document");
const { createChangeset } = await import("../changesets/create-changeset");
const { listJobs } = await import("./list-jobs");
const { getJob } = await import("./get-job");
const { cancelJob } = await import("./cancel-job");
const { retryJob } = await import("./retry-job");

// No process works the queue here, so that every job stays where the test puts it.
let admin: Awaited<ReturnType<typeof testUser>>;
beforeAll(async () => {
  admin = await testUser("jo", "admin");
});
afterAll(stopJobQueue);

const PAGE = { imageKey: "0".repeat(64), imagePage: 0, imageType: "image/png", imageName: "scan.png", width: 900, height: 220 };

describe("the Jobs page's operations", () => {
  it("list a job with what it works on, and cancel and retry it with the OCR job it runs", async () => {
    const ocr = await createOcrJob({ title: "Scan of a telegram", language: "eng", collectionId: null, authorId: admin.id, pages: [PAGE, PAGE] });
    const [listed] = (await listJobs()).filter((j) => j.kind === "ocr");
    expect(listed).toMatchObject({
      status: "waiting", label: "OCR of “Scan of a telegram”: 0 of 2 pages read", href: `/ocr-jobs/${ocr.id}`,
      progress: 0, attempts: 0, maxAttempts: 4, error: null, cancellable: true, finishedAt: null,
    });
    const cancelled = await cancelJob({ id: listed!.id, actorId: admin.id });
    expect(cancelled).toMatchObject({ status: "cancelled", cancellable: false, finishedAt: expect.any(String) });
    expect((await getDb().ocrJob.findUniqueOrThrow({ where: { id: ocr.id } })).status).toBe("cancelled");
    expect((await listJobs({ status: "cancelled" })).map((j) => j.id)).toContain(listed!.id);
    expect((await listJobs({ status: "waiting" })).map((j) => j.id)).not.toContain(listed!.id);
    await expect(cancelJob({ id: listed!.id, actorId: admin.id })).rejects.toMatchObject({ status: 409 });

    const again = await retryJob({ id: listed!.id, actorId: admin.id });
    expect(again.status).toBe("waiting");
    expect((await getDb().ocrJob.findUniqueOrThrow({ where: { id: ocr.id } })).status).toBe("queued");
    await expect(retryJob({ id: listed!.id, actorId: admin.id })).rejects.toMatchObject({ status: 409 });
    const audit = await getDb().auditEvent.findMany({ where: { subjectType: "job", subjectId: listed!.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([{ action: "job.cancel", actorId: admin.id }, { action: "job.retry", actorId: admin.id }]);
  });

  it("sends a changeset's job with it, and will not cancel one halfway", async () => {
    const facts = { fileName: "t.txt", byteLength: 1, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
    await createDocument({ title: "Telegram 4", text: "The Qxwvalley road was closed.", facts, authorId: null });
    const changeset = await createChangeset({ input: { query: "Qxwvalley", mode: "words", replacement: "Qxvalley" }, author: { ...admin, role: "admin" } });
    const job = (await listJobs()).find((j) => j.kind === "changeset");
    expect(job).toMatchObject({ status: "waiting", label: expect.stringContaining("applying, 0 of 1 documents"), href: `/changesets/${changeset.id}`, cancellable: false });
    await expect(cancelJob({ id: job!.id, actorId: admin.id })).rejects.toMatchObject({ status: 409, message: expect.stringContaining("undo it") });
  });

  it("says which document a measuring job is for, and answers 404 for an unknown job", async () => {
    const facts = { fileName: "m.txt", byteLength: 1, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
    const doc = await createDocument({ title: "Memo 9", text: "A memo of no consequence.", facts, authorId: null });
    const id = await sendJob("error-rates", { documentId: doc.id, seq: 3 });
    expect(await getJob({ id })).toMatchObject({ kind: "error-rates", label: "Error rates of “Memo 9” (revision 3)", href: `/documents/${doc.id}`, documentIds: [doc.id] });
    await expect(getJob({ id: "no-such-job" })).rejects.toMatchObject({ status: 404 });
  });
});

describe("a chain of runs", () => {
  it("is listed as one piece of work, its newest run", async () => {
    const facts = { fileName: "c.txt", byteLength: 1, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
    const doc = await createDocument({ title: "Chained", text: "A chained memo.", facts, authorId: null });
    const first = await sendJob("reread", { documentId: doc.id, language: "eng" });
    await new Promise((r) => setTimeout(r, 5));
    const second = await sendJob("reread", { documentId: doc.id, language: "eng" });
    const listed = (await listJobs()).filter((j) => j.kind === "reread" && j.documentIds?.includes(doc.id));
    expect(listed.map((j) => j.id)).toEqual([second]);
    expect(listed.map((j) => j.id)).not.toContain(first);
  });

  it("is cancelled whole from any of its runs: the one a person saw may have sent the next meanwhile", async () => {
    const ocr = await createOcrJob({ title: "Scan of a long report", language: "eng", collectionId: null, authorId: admin.id, pages: [PAGE, PAGE] });
    const seen = (await listJobs()).find((j) => j.href === `/ocr-jobs/${ocr.id}`)!;
    await new Promise((r) => setTimeout(r, 5));
    const next = await sendJob("ocr", { ocrJobId: ocr.id });
    const cancelled = await cancelJob({ id: seen.id, actorId: admin.id });
    expect(cancelled).toMatchObject({ id: next, status: "cancelled" });
    expect(await getJob({ id: seen.id })).toMatchObject({ status: "cancelled" });
    expect((await getDb().ocrJob.findUniqueOrThrow({ where: { id: ocr.id } })).status).toBe("cancelled");
  });
});
