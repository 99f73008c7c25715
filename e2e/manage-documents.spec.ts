import { expect, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";
import { importDocument } from "./fixtures/documents";

test("an admin renames a document, deletes it, finds it under Deleted documents and restores it; others get 404 meanwhile", async ({ page, request, apiAs }) => {
  const { id } = await importDocument(request, "to-manage", "Pavlychev met Rozanov in Tokyo.");
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: "Details…" }).click();
  const form = page.getByRole("form", { name: "Document details" });
  await form.getByLabel("Title").fill("Report on Pavlychev");
  await form.getByLabel("Source reference").fill("CSDB-99999");
  await expectAccessible(page, "the document details form");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Report on Pavlychev" })).toBeVisible();
  await expect(page.getByText("CSDB-99999")).toBeVisible();

  await page.getByRole("button", { name: "Details…" }).click();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Delete document" }).click();
  await expect(page.getByText("The document was deleted.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Report on Pavlychev" })).toHaveCount(0);
  expect((await (await apiAs("rita")).get(`/api/documents/${id}`)).status()).toBe(404);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Deleted" }).click();
  await expect(page.getByRole("cell", { name: "Report on Pavlychev · CSDB-99999" })).toBeVisible();
  await expectAccessible(page, "Deleted documents");
  await page.screenshot({ path: "test-results/screens/deleted-1440.png", fullPage: true });
  await page.getByRole("button", { name: "Restore Report on Pavlychev" }).click();
  await expect(page.getByRole("cell", { name: "Report on Pavlychev · CSDB-99999" })).toHaveCount(0);
  expect((await request.get(`/api/documents/${id}`)).status()).toBe(200);
});

test("the document API edits, refuses a move onto a duplicate, deletes and restores", async ({ request, apiAs }) => {
  const text = `Generalov met Molotov. ${Date.now()}`;
  const { id } = await importDocument(request, "api-manage", text);
  const other = await (await request.post("/api/collections", { data: { name: `Other ${Date.now()}` } })).json();
  const renamed = await request.patch(`/api/documents/${id}`, { data: { title: "Renamed", sourceRef: "REF-1" } });
  expect(await renamed.json()).toMatchObject({ title: "Renamed", sourceRef: "REF-1" });
  const dup = await request.post("/api/documents", { data: { title: "twin", text: (await (await request.get(`/api/documents/${id}`)).json()).rawText, collectionId: other.id } });
  expect(dup.status()).toBe(201);
  const move = await request.patch(`/api/documents/${id}`, { data: { collectionId: other.id } });
  expect(move.status()).toBe(409);
  expect(await move.json()).toMatchObject({ error: { code: "conflict", reason: "duplicate_document" } });
  expect((await (await apiAs("rita")).delete(`/api/documents/${id}`)).status()).toBe(403);
  expect((await request.delete(`/api/documents/${id}`)).status()).toBe(200);
  expect((await request.get(`/api/documents/${id}`)).status()).toBe(404);
  expect((await request.post(`/api/documents/${id}/restore`)).status()).toBe(200);
  expect((await request.get(`/api/documents/${id}`)).status()).toBe(200);
});
