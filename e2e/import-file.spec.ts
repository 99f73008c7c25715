import { expect, test } from "./fixtures/users";
import { SAMPLE } from "./fixtures/documents";

test("importing several files shows progress, stores the good ones and names the bad one", async ({ page }) => {
  await page.goto("/import");
  const stamp = Date.now();
  await page.getByLabel("Choose .txt files").setInputFiles([
    { name: `report-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`${SAMPLE}\n${stamp}`, "utf8") },
    { name: `broken-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from([0x61, 0x62, 0xff, 0x63]) },
  ]);
  await page.getByRole("button", { name: "Import 2 files" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 of 2 processed — 1 imported, 1 refused" })).toBeVisible();
  await expect(page.getByText(`broken-${stamp}.txt: broken-${stamp}.txt is not valid UTF-8 (first bad byte at offset 2)`)).toBeVisible();

  await page.getByRole("link", { name: `report-${stamp}` }).click();
  await expect(page.getByRole("textbox", { name: "Corrected text" })).toContainText("Genserslov");

  await page.getByRole("link", { name: "Documents", exact: true }).click();
  await expect(page.getByRole("row", { name: new RegExp(`report-${stamp}`) })).toContainText("Raw OCR");
});

test("pasting text imports it and opens the editor", async ({ page }) => {
  await page.goto("/import");
  const title = `Pasted memo ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("OCR text").fill("MEMORANDUM FOR THE RECORD\n\nSUBJECT: Meetlng with Generalov");
  await page.getByRole("button", { name: "Import text" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Corrected text" })).toContainText("Meetlng with Generalov");
});
