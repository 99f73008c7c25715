import { readFileSync } from "node:fs";
import { expectAccessible } from "./fixtures/axe";
import { expect, test } from "./fixtures/users";

const MEMO = readFileSync("test/fixtures/ocr/typed-memo.png");

test("an admin follows background work on the Jobs page, cancels an OCR job and runs it again", async ({ page, request }) => {
  test.setTimeout(180_000);
  const title = `Scanned telegram ${Date.now()}`;
  // Three pages without text: the server reads them in the background, one run a page.
  const form = new FormData();
  form.append("title", `${title} (three pages)`);
  for (const n of [1, 2, 3]) form.append("file", new Blob([MEMO], { type: "image/png" }), `telegram-${n}.png`);
  expect((await request.post("/api/documents", { multipart: form })).status()).toBe(202);

  await page.goto("/admin/jobs");
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: `OCR of “${title} (three pages)”` });
  await expect(row).toBeVisible();
  await expectAccessible(page, "the Jobs page");

  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: /^Cancel/ }).click();
  await expect(row.getByText("Cancelled", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Cancelled", exact: true }).click();
  await expect(page.getByRole("row").filter({ hasText: `OCR of “${title} (three pages)”` })).toBeVisible();

  await page.getByRole("row").filter({ hasText: `OCR of “${title} (three pages)”` }).getByRole("button", { name: /^Retry/ }).click();
  await page.getByRole("link", { name: "All", exact: true }).click();
  // The work goes on from the page it stopped at, and the page follows it to the end.
  await expect(row.getByText("Done", { exact: true })).toBeVisible({ timeout: 120_000 });
  await expect(row).toContainText("3 of 3 pages read");
  await row.getByRole("link", { name: /OCR of/ }).click();
  await expect(page.getByRole("link", { name: "Open the document" })).toBeVisible();
});

test("the Jobs page says what it is for when nothing failed", async ({ page }) => {
  await page.goto("/admin/jobs?status=failed");
  await expect(page.getByText(/No failed jobs\. Jobs appear here when pages are read by OCR/)).toBeVisible();
});
