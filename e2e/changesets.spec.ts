import type { APIRequestContext } from "@playwright/test";
import { expect, pageAs, test } from "./fixtures/users";

const REPORTS = [
  "Report A. The mission was headed by Genserslov.\nGenserslov left for Tokyo in May.",
  "Report B. Otroshchenko and Genserslov met the Japanese.",
  "Report C. A letter from Genserslov to the committee.",
];

/** A collection of its own, so that the journey's search meets no other journey's documents. */
async function collectionWithReports(request: APIRequestContext, name: string) {
  const collection = await (await request.post("/api/collections", { data: { name: `${name} ${Date.now()} ${Math.random()}` } })).json();
  const ids: string[] = [];
  for (const text of REPORTS) {
    const res = await request.post("/api/documents", { data: { title: text.slice(0, 8), text, collectionId: collection.id } });
    expect(res.status()).toBe(201);
    ids.push((await res.json()).id);
  }
  return { collectionId: collection.id as string, ids };
}

const textOf = async (request: APIRequestContext, id: string) => (await (await request.get(`/api/documents/${id}`)).json()).text as string;

test("a corrector replaces Genserslov with Generalov across a collection, leaving one hit out; a reviewer approves it, then undoes it", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { collectionId, ids } = await collectionWithReports(request, "Changeset journey");

  // The corrector searches, previews the replacement, unticks one hit and submits.
  const cora = await pageAs(browser, "cora");
  await cora.goto(`/search?${new URLSearchParams({ q: "Genserslov", collectionId })}`);
  await expect(cora.getByRole("status").filter({ hasText: "Searched 3 documents: 3 documents match" })).toBeVisible();
  await cora.getByRole("link", { name: "Replace…" }).click();
  await expect(cora.getByRole("heading", { name: "Replace across documents" })).toBeVisible();
  await cora.getByLabel("Replace with").fill("Generalov");
  await cora.getByRole("button", { name: "Preview" }).click();
  await expect(cora.getByRole("status").filter({ hasText: "4 of 4 hits in 3 documents will be replaced" })).toBeVisible();
  await cora.getByRole("checkbox", { name: "Replace “Genserslov” with “Generalov” in Report C" }).uncheck();
  await expect(cora.getByRole("status").filter({ hasText: "3 of 4 hits in 2 documents will be replaced" })).toBeVisible();
  await cora.screenshot({ path: "test-results/screens/replace-preview-1440.png", fullPage: true });
  await cora.getByLabel("Message").fill("Genserslov is an OCR misreading of Generalov");
  await cora.getByRole("button", { name: "Propose 3 replacements for review" }).click();
  await expect(cora.getByRole("heading", { name: "Genserslov is an OCR misreading of Generalov" })).toBeVisible();
  await expect(cora.getByRole("status").filter({ hasText: "Proposed for review" })).toBeVisible();
  await cora.screenshot({ path: "test-results/screens/changeset-proposed-1440.png", fullPage: true });
  expect(await textOf(request, ids[0])).toContain("Genserslov");

  // The reviewer finds it in the queue as one item and approves it.
  const rita = await pageAs(browser, "rita");
  await rita.goto("/review");
  // The queue's heading counts what the header's badge counts, a changeset's documents included.
  const badge = await rita.getByRole("link", { name: /^Review queue/ }).first().locator(".badge--count [aria-hidden]").textContent();
  await expect(rita.locator(".page-head .muted")).toContainText(new RegExp(`^${badge} proposals? waiting for you, .*in replacements across documents`));
  await rita.getByRole("link", { name: "Genserslov is an OCR misreading of Generalov" }).click();
  await expect(rita.getByRole("heading", { name: "Review: 2 documents waiting" })).toBeVisible();
  await rita.getByRole("button", { name: "Approve the ticked changes" }).click();
  await expect(rita.getByRole("status").filter({ hasText: "Approved 2 documents." })).toBeVisible();
  await expect(rita.getByRole("cell", { name: /approved as revision 1/ })).toHaveCount(2);
  await rita.screenshot({ path: "test-results/screens/changeset-approved-1440.png", fullPage: true });
  expect(await textOf(request, ids[0])).toBe(REPORTS[0].replaceAll("Genserslov", "Generalov"));
  expect(await textOf(request, ids[1])).toBe(REPORTS[1].replace("Genserslov", "Generalov"));
  expect(await textOf(request, ids[2])).toBe(REPORTS[2]);

  // Undo: each document gets a revision that takes the replacements back.
  rita.once("dialog", (d) => void d.accept());
  await rita.getByRole("button", { name: "Undo this changeset" }).click();
  await expect(rita.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
  expect(await textOf(request, ids[0])).toBe(REPORTS[0]);
  expect(await textOf(request, ids[1])).toBe(REPORTS[1]);
  await expect(rita.getByRole("cell", { name: /undone in revision 2/ })).toHaveCount(2);
});

test("the changeset API: 422 over zero hits, 201 with its counts, progress and skipped hits readable", async ({ request }) => {
  const { collectionId, ids } = await collectionWithReports(request, "Changeset API");
  const none = await request.post("/api/changesets", { data: { query: "Nowhereword", mode: "words", replacement: "x", collectionId, message: "m" } });
  expect(none.status()).toBe(422);
  const raw = await request.post("/api/changesets", { data: { query: "Genserslov", scope: "raw", replacement: "x", collectionId, message: "m" } });
  expect(raw.status()).toBe(422);
  const created = await request.post("/api/changesets", { data: { query: "Genserslov", mode: "exact", replacement: "Generalov", collectionId, message: "Fix the name" } });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body).toMatchObject({ status: "applying", kind: "commit", documents: 3, hits: 4 });
  await expect.poll(async () => (await (await request.get(`/api/changesets/${body.id}`)).json()).status).toBe("applied");
  const view = await (await request.get(`/api/changesets/${body.id}`)).json();
  expect(view).toMatchObject({ progress: { done: 3, total: 3 }, hits: 4 });
  expect(view.documents.map((d: { status: string }) => d.status)).toEqual(["applied", "applied", "applied"]);
  expect(await textOf(request, ids[2])).toBe(REPORTS[2].replace("Genserslov", "Generalov"));
});

test("tag every mention: annotate every hit of a search as person → an entity, then undo the batch", async ({ page, request }) => {
  const name = `Vorobyaninov${Math.floor(Math.random() * 1e6)}`;
  const collection = await (await request.post("/api/collections", { data: { name: `Tagging ${Date.now()} ${Math.random()}` } })).json();
  const ids: string[] = [];
  for (const text of [`${name} met the committee.`, `Later ${name} wrote; ${name} left.`]) {
    ids.push((await (await request.post("/api/documents", { data: { title: text.slice(0, 20), text, collectionId: collection.id } })).json()).id);
  }
  const entity = await (await request.post("/api/entities", { data: { type: "person", name: `Ippolit ${name}` } })).json();
  const annotations = async () => (await Promise.all(ids.map(async (id) => (await (await request.get(`/api/documents/${id}/annotations`)).json()).items.length))).reduce((a, b) => a + b, 0);

  await page.goto(`/entities/${entity.id}`);
  await page.getByRole("link", { name: `Find “Ippolit ${name}” to annotate` }).click();
  await page.getByRole("searchbox", { name: "Search the text of every document" }).fill(name);
  await page.getByRole("searchbox", { name: "Search the text of every document" }).press("Enter");
  const form = page.getByRole("form", { name: "Annotate every hit" });
  await expect(form.getByLabel("Entity")).toHaveValue(entity.id);
  await form.getByLabel("Tag").selectOption("person");
  await form.getByRole("button", { name: "Annotate" }).click();
  await expect(form.getByRole("status")).toHaveText(/^Annotated 3 hits in 2 documents\./);
  expect(await annotations()).toBe(3);
  await page.screenshot({ path: "test-results/screens/tag-every-hit-1440.png", fullPage: true });

  await form.getByRole("button", { name: "Undo" }).click();
  await expect(form.getByRole("status")).toHaveText("Removed the 3 annotations again.");
  expect(await annotations()).toBe(0);

  // Twice: the second finds every hit annotated so already, and stores nothing.
  await form.getByRole("button", { name: "Annotate" }).click();
  await expect(form.getByRole("status")).toHaveText(/^Annotated 3 hits/);
  await form.getByRole("button", { name: "Annotate" }).click();
  await expect(form.getByRole("status")).toHaveText("Every hit (3) is annotated so already.");
  expect(await annotations()).toBe(3);
});
