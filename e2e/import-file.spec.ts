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

test("a Windows-1252 file is refused as UTF-8 with the encoding named, and imported converted on request", async ({ page, request }) => {
  await page.goto("/import");
  const stamp = Date.now();
  // "Café – Genserslov’s report" in Windows-1252.
  const bytes = Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9, 0x20, 0x96, 0x20]), Buffer.from("Genserslov"), Buffer.from([0x92]), Buffer.from(`s report ${stamp}`)]);
  await page.getByLabel("Choose .txt files").setInputFiles([{ name: `memo-${stamp}.txt`, mimeType: "text/plain", buffer: bytes }]);
  await page.getByRole("button", { name: "Import 1 file" }).click();
  await expect(page.getByText(/is not valid UTF-8 \(first bad byte at offset 3\); it reads as Windows-1252/)).toBeVisible();
  await page.getByRole("button", { name: "Convert from Windows-1252 and import" }).click();
  await page.getByRole("link", { name: `memo-${stamp}` }).click();
  await expect(page.getByRole("textbox", { name: "Corrected text" })).toContainText("Café – Genserslov’s report");
  const id = page.url().split("/documents/")[1];
  const doc = await (await request.get(`/api/documents/${id}`)).json();
  expect(doc.metadata.import).toMatchObject({ convertedFrom: "windows-1252" });

  // Through the API: refused without encoding (the UTF-8 error stays), stored with it.
  const file = { name: `api-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.concat([bytes, Buffer.from(" api")]) };
  const refused = await request.post("/api/documents", { multipart: { file } });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).errors[0]).toMatchObject({ code: "invalid_utf8", suggestedEncoding: "windows-1252" });
  const stored = await request.post("/api/documents", { multipart: { file, encoding: "windows-1252" } });
  expect(stored.status()).toBe(201);
});
