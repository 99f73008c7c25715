import { expectAccessible } from "./fixtures/axe";
import { expect, test } from "./fixtures/users";

// A collection's records (issue 25): the headers' suggestions accepted for the whole collection
// in one reviewed step, the metadata round-tripped through a spreadsheet (checked row by row,
// applied whole), and the schema edited by an admin, a change to a used field refused.

test("an admin accepts the headers' suggestions in one step, edits the metadata as CSV, and changes the schema", async ({ page, request }) => {
  const collection = await (await request.post("/api/collections", { data: { name: `Records ${Date.now()} ${Math.random()}` } })).json();
  const post = async (title: string, text: string, sourceRef: string) =>
    (await (await request.post("/api/documents", { data: { title, text, sourceRef, collectionId: collection.id } })).json()).id as string;
  const cable = await post("Cable", "CONFIDENTIAL\n\nTELEGRAM\n\nWashington, October 12, 1949, 7 p. m.\n\nText of the cable.", "CSV-1");
  const memo = await post("Memo", "SECRET\n\nMEMORANDUM FOR THE RECORD\n\nSUBJECT: Rail traffic\n\nText of the memo.", "CSV-2");

  await page.goto(`/collections/${collection.id}`);
  await page.getByRole("link", { name: "Records" }).click();
  const suggestions = page.getByRole("form", { name: "Suggestions from the headers" });
  await expect(suggestions.getByRole("checkbox", { name: "Accept Classification “CONFIDENTIAL” for Cable" })).toBeChecked();
  await expect(suggestions.getByRole("checkbox", { name: "Accept Classification “SECRET” for Memo" })).toBeChecked();
  await expectAccessible(page, "a collection's records");
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.screenshot({ path: "test-results/screens/collection-records-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
  await page.screenshot({ path: "test-results/screens/collection-records-390.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Untick one, accept the rest together.
  await suggestions.getByRole("checkbox", { name: "Accept Classification “SECRET” for Memo" }).uncheck();
  await suggestions.getByRole("button", { name: /^Accept the ticked suggestions for \d documents?$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /Accepted for \d documents?\./ })).toBeVisible();
  expect((await (await request.get(`/api/documents/${cable}`)).json()).metadata).toMatchObject({ classification: "CONFIDENTIAL", type: "telegram", date: "1949-10-12" });
  expect((await (await request.get(`/api/documents/${memo}`)).json()).metadata).not.toHaveProperty("classification");

  // The spreadsheet: download, edit (one bad value), upload: the problem named, nothing applied.
  const csv = await (await request.get(`/api/collections/${collection.id}/metadata`)).text();
  expect(csv.split("\r\n")[0]).toMatch(/^id,title,sourceRef,date,classification,/);
  const upload = page.getByLabel("Upload an edited CSV");
  await upload.setInputFiles({ name: "records.csv", mimeType: "text/csv", buffer: Buffer.from("sourceRef,classification,releaseDecision\nCSV-1,SECRET,released in part\nCSV-2,SEKRET,\n") });
  const report = page.locator(".csv-report");
  await expect(report).toContainText("Line 3, classification: Classification has no value “SEKRET”");
  await expect(report.getByRole("button", { name: /Apply/ })).toHaveCount(0);
  await upload.setInputFiles({ name: "records.csv", mimeType: "text/csv", buffer: Buffer.from("sourceRef,classification,releaseDecision\nCSV-1,SECRET,released in part\nCSV-2,TOP SECRET,\n") });
  await expect(report).toContainText("2 rows read; 2 documents would change.");
  await report.getByRole("button", { name: "Apply to 2 documents" }).click();
  await expect(report).toContainText("Applied: 2 documents changed.");
  expect((await (await request.get(`/api/documents/${memo}`)).json()).metadata).toMatchObject({ classification: "TOP SECRET" });

  // The schema: a field added; the classification, which documents hold, cannot become free text.
  const schema = page.getByRole("form", { name: "Metadata schema" });
  await schema.getByRole("button", { name: "Add a field" }).click();
  await expect(schema.getByRole("group", { name: "New field" })).toBeVisible();
  // Its legend follows what is typed: the new field is the last one.
  const added = schema.getByRole("listitem").last();
  await added.getByLabel("Name").fill("shelfmark");
  await added.getByLabel("Label").fill("Shelfmark");
  await schema.getByRole("button", { name: "Save schema" }).click();
  await expect(schema.getByRole("status")).toContainText("Schema saved.");
  expect((await (await request.get(`/api/collections/${collection.id}/schema`)).json()).fields.at(-1)).toMatchObject({ name: "shelfmark", label: "Shelfmark", type: "text" });
  await schema.getByRole("group", { name: "Classification" }).getByLabel("Type").selectOption("text");
  await schema.getByRole("button", { name: "Save schema" }).click();
  await expect(schema.getByRole("alert")).toContainText("Classification");
  await expectAccessible(page, "the schema editor with an error");
});
