import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_KIND, useTempDatabase } from "../../../test/temp-db";
import { testUser } from "../../../test/users";

await useTempDatabase();
const { getDb } = await import("../../server/db");
const { createDocument } = await import("../documents/create-document");
const { setPageStatus } = await import("./set-page-status");
const { listPageSizes } = await import("./list-page-sizes");

const facts = { byteLength: 0, bomStripped: false, lineEndings: { crlf: 0, cr: 0 } };
let documentId = "";
const pageIds: string[] = [];

beforeAll(async () => {
  documentId = (await createDocument({ title: "Two pages", text: "Page one.\fPage two.", facts, authorId: null })).id;
  for (const index of [0, 1]) {
    const page = await getDb().page.create({ data: { documentId, index, imageKey: "0".repeat(64), imageType: "image/png", imageName: `p${index + 1}.png`, width: 10, height: 10, textStart: index * 10, textEnd: index * 10 + 9 }, select: { id: true } });
    pageIds.push(page.id);
  }
});

describe(`page status on ${DATABASE_KIND}`, () => {
  it("moves a page along for correctors; only reviewers check it or take a check back; each change audited", async () => {
    const cora = await testUser("pages-cora", "corrector");
    const rita = await testUser("pages-rita", "reviewer");
    expect((await listPageSizes({ documentId })).map((p) => p.status)).toEqual(["not_started", "not_started"]);
    expect(await setPageStatus({ documentId, pageId: pageIds[0], status: "done", user: cora })).toEqual({ status: "done" });
    await expect(setPageStatus({ documentId, pageId: pageIds[0], status: "checked", user: cora })).rejects.toMatchObject({ status: 403 });
    await setPageStatus({ documentId, pageId: pageIds[0], status: "checked", user: rita });
    await expect(setPageStatus({ documentId, pageId: pageIds[0], status: "in_progress", user: cora })).rejects.toMatchObject({ status: 403 });
    await expect(setPageStatus({ documentId, pageId: pageIds[1], status: "finished", user: cora })).rejects.toMatchObject({ status: 422 });
    await expect(setPageStatus({ documentId, pageId: "missing", status: "done", user: cora })).rejects.toMatchObject({ status: 404 });
    expect((await listPageSizes({ documentId })).map((p) => p.status)).toEqual(["checked", "not_started"]);
    const audit = await getDb().auditEvent.findMany({ where: { action: "page.status", documentId }, orderBy: { createdAt: "asc" }, select: { fromState: true, toState: true, detail: true } });
    expect(audit).toEqual([
      { fromState: "not_started", toState: "done", detail: "Page 1: done" },
      { fromState: "done", toState: "checked", detail: "Page 1: checked" },
    ]);
  });
});
