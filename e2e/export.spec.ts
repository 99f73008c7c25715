import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { getDocumentJson } from "./fixtures/documents";
import { expect, test } from "./fixtures/users";

const RAW = "3. There were meetings between Otroshchenko, Genserslov, and the Japanese.\n\nLt. General Kuzma N. Nikolayevich Derevyanko & <staff>.";

/** A document in its own collection with an approved correction and a person linked to an entity. */
async function preparedDocument(request: import("@playwright/test").APIRequestContext, apiAs: (u: "cora" | "rita") => Promise<import("@playwright/test").APIRequestContext>, name: string) {
  const collection = await (await request.post("/api/collections", { data: { name: `${name} ${Date.now()} ${Math.random()}` } })).json();
  const created = await request.post("/api/documents", { data: { title: name, sourceRef: "CSDB-18851", text: RAW, collectionId: collection.id } });
  const { id } = await created.json();
  const text = RAW.replace("Genserslov", "Generalov").replace("Nikolayevich", "[Nikolayevich]");
  const proposal = await (await (await apiAs("cora")).post(`/api/documents/${id}/proposals`, { data: { baseSeq: 0, text, message: "Genserslov → Generalov; bracket the patronymic" } })).json();
  expect((await (await apiAs("rita")).post(`/api/proposals/${proposal.id}/approve`, { data: {} })).status()).toBe(200);
  const entity = await (await request.post("/api/entities", { data: { type: "person", name: "Kuzma Nikolayevich Derevyanko", externalId: "Q1367185" } })).json();
  const start = text.indexOf("Kuzma");
  const res = await request.post(`/api/documents/${id}/annotations`, { data: { start, end: start + "Kuzma N. [Nikolayevich] Derevyanko".length, tag: "person", entityId: entity.id } });
  expect(res.status()).toBe(201);
  return { id, collectionId: collection.id as string, text };
}

test("every format downloads from the document's Export tab, and the reading edition opens", async ({ page, request, apiAs }) => {
  const { id, text } = await preparedDocument(request, apiAs, "export formats");
  await page.goto(`/documents/${id}`);
  await page.getByRole("link", { name: "Export" }).click();
  const expectations: Record<string, (body: string) => void> = {
    "TEI P5 XML": (b) => expect(b).toContain('<choice><sic>Genserslov</sic><corr resp="#user-rita" change="#rev-1">Generalov</corr></choice>'),
    "HTML reading edition": (b) => expect(b).toContain("Corrections to the OCR"),
    Markdown: (b) => expect(b).toContain("[Kuzma N. \\[Nikolayevich\\] Derevyanko](https://www.wikidata.org/wiki/Q1367185)"),
    "Plain text": (b) => expect(b).toBe(text),
    "JSON with W3C annotations": (b) => expect(JSON.parse(b)).toMatchObject({ type: "AnnotationPage", document: { id }, items: [{ type: "Annotation" }] }),
    "OCR training pairs (JSONL)": (b) => expect(JSON.parse(b.split("\n")[0])).toMatchObject({ documentId: id, page: 1, line: 1, gt: expect.stringContaining("Generalov") }),
  };
  for (const [label, check] of Object.entries(expectations)) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: `Edition as ${label}`, exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^CSDB-18851\./);
    check(readFileSync(await download.path(), "utf8"));
  }
  const [diplomatic] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Diplomatic as Plain text" }).click()]);
  expect(diplomatic.suggestedFilename()).toBe("CSDB-18851.diplomatic.txt");
  expect(readFileSync(await diplomatic.path(), "utf8")).toBe((await getDocumentJson(request, id)).rawText);

  const [edition] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: "Open the reading edition" }).click()]);
  await expect(edition.getByRole("heading", { name: "export formats" })).toBeVisible();
  await expect(edition.locator(".corr").first()).toHaveAttribute("title", /OCR: Genserslov → Generalov · revision 1, accepted by Rita Reviewer/);
  await expect(edition.getByRole("heading", { name: "Index of names" })).toBeVisible();
  expect(await edition.locator("script").count()).toBe(0);
  await edition.screenshot({ path: "test-results/html-edition.png", fullPage: true });
});

test("a collection downloads as a zip with progress, one file per document and an index", async ({ page, request, apiAs }) => {
  const { collectionId } = await preparedDocument(request, apiAs, "zip one");
  await request.post("/api/documents", { data: { title: "zip two", text: `Second memo ${Date.now()}`, collectionId } });
  await page.goto(`/collections/${collectionId}`);
  await page.getByLabel("Format").selectOption("tei");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download 2 documents as a zip" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.tei\.zip$/);
  const files = unzipSync(readFileSync(await download.path()));
  expect(Object.keys(files).sort()).toEqual(["CSDB-18851.tei.xml", "index.json", "zip-two.tei.xml"]);
  expect(JSON.parse(strFromU8(files["index.json"])).documents).toHaveLength(2);
  await expect(page.getByRole("status").filter({ hasText: "Downloaded 2 of 2 documents." })).toBeVisible();

  // ALTO needs page images, which neither has: the zip still finishes, and says what it left out.
  await page.getByLabel("Format").selectOption("alto");
  const [alto] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download 2 documents as a zip" }).click()]);
  expect(Object.keys(unzipSync(readFileSync(await alto.path())))).toEqual(["index.json"]);
  await expect(page.getByRole("status").filter({ hasText: "Downloaded 0 of 2 documents; 2 left out (no page images: it was imported as text)" })).toBeVisible();
});

test("the export API answers 422 with the formats for an unknown one, 404 for an unknown id, and names the file", async ({ request }) => {
  const created = await (await request.post("/api/documents", { data: { title: "Memo é", text: `A memo ${Date.now()}` } })).json();
  const bad = await request.get(`/api/documents/${created.id}/export?format=docx`);
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toMatchObject({ error: { code: "invalid", reason: "unknown_format" }, formats: ["tei", "txt", "md", "html", "json", "pairs", "alto", "page", "mets", "hocr", "lines"] });
  // The box formats need page images.
  const noPages = await request.get(`/api/documents/${created.id}/export?format=alto`);
  expect(noPages.status()).toBe(422);
  expect(await noPages.json()).toMatchObject({ error: { reason: "no_pages", message: expect.stringContaining("page images") } });
  expect((await request.get("/api/documents/nope/export?format=tei")).status()).toBe(404);
  expect((await request.get("/api/collections/nope/export?format=tei")).status()).toBe(404);
  const ok = await request.get(`/api/documents/${created.id}/export?format=tei`);
  expect(ok.headers()["content-disposition"]).toBe(`attachment; filename="Memo-e.tei.xml"; filename*=UTF-8''Memo-e.tei.xml`);
  expect(ok.headers()["content-type"]).toContain("application/tei+xml");
});
