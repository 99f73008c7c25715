import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, pageAs, test } from "./fixtures/users";
import { editor, selectInEditor } from "./fixtures/documents";
import { expectAccessible } from "./fixtures/axe";
import { hocrFor, MEMO_LINES, pageImage, TYPED_MEMO_LINES } from "../test/page-images";

const PAGE = { width: 600, height: 400 };

/** Uploads a page image and its hOCR on the import page and opens the new document. */
async function importPage(page: Page, stamp: string) {
  const lines = [...MEMO_LINES, [{ text: `ref-${stamp}`, box: [20, 200, 200, 30] as const, wc: 0.3 }]];
  await page.goto("/import");
  await page.getByLabel("Choose page images and their OCR layers").setInputFiles([
    { name: `memo-${stamp}.png`, mimeType: "image/png", buffer: Buffer.from(await pageImage({ ...PAGE, boxes: lines.flat().map((w) => w.box) })) },
    { name: `memo-${stamp}.hocr`, mimeType: "text/html", buffer: Buffer.from(hocrFor(`memo-${stamp}.png`, PAGE.width, PAGE.height, lines)) },
  ]);
  await page.getByRole("button", { name: "Import pages" }).click();
  await page.getByRole("list", { name: "Page import results" }).getByRole("link", { name: `memo-${stamp}` }).click();
  await expect(editor(page)).toContainText(`Comrade Genserslov\nKuzma N. Derevyanko\nref-${stamp}`.split("\n")[0]!);
}

/** Draws a region on the image a little larger than `box` (screen pixels), with "Select a region". */
async function drawRegionAround(page: Page, box: { x: number; y: number; width: number; height: number }) {
  await page.getByRole("button", { name: "Select a region" }).click();
  await page.mouse.move(box.x - 6, box.y - 6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(box.x + box.width + 6, box.y + box.height + 6, { steps: 3 });
  await page.mouse.up();
}

/** The outline drawn on the image around the word at the caret. */
const outline = (page: Page) => page.locator(".page-viewer__word");

test("upload a page image with hOCR: the image sits beside the text, the caret outlines its word, and a click on the image moves the caret", async ({ page }) => {
  const stamp = String(Date.now());
  await importPage(page, stamp);
  await expect(page.getByRole("button", { name: "Image", exact: true })).toHaveAttribute("aria-pressed", "true");
  const image = page.getByRole("img", { name: /Image of page 1/ });
  await expect(image.locator("canvas").first()).toBeVisible();

  // Caret to box: the caret in "Genserslov" outlines its box on the image.
  await selectInEditor(page, "Genserslov");
  await page.keyboard.press("ArrowLeft");
  await expect(outline(page)).toBeVisible();
  const gen = (await outline(page).boundingBox())!;
  await selectInEditor(page, "Derevyanko");
  await page.keyboard.press("ArrowRight");
  const der = (await outline(page).boundingBox())!;
  // The two words sit on different lines of the page: the outline moved down and to the right.
  expect(der.y).toBeGreaterThan(gen.y + 20);
  expect(der.width / gen.width).toBeCloseTo(220 / 200, 1);

  // Zooming in keeps the outlined word in view (about it, not about the middle of the view): its
  // middle stays in the image's middle third, however wide the word has grown.
  const inImage = async () => {
    const [w, i] = [(await outline(page).boundingBox())!, (await image.boundingBox())!];
    const [cx, cy] = [w.x + w.width / 2, w.y + w.height / 2];
    return cx > i.x + i.width / 3 && cx < i.x + (2 * i.width) / 3 && cy > i.y + i.height / 3 && cy < i.y + (2 * i.height) / 3;
  };
  for (let k = 0; k < 3; k++) await page.getByRole("button", { name: "Zoom in" }).click();
  await expect.poll(inImage).toBe(true);
  await expect.poll(async () => (await outline(page).boundingBox())!.width).toBeGreaterThan(der.width * 2);
  await page.getByRole("button", { name: "Whole page" }).click();
  await expect.poll(async () => Math.round((await outline(page).boundingBox())!.width)).toBe(Math.round(der.width));

  // Box to caret: a click on "Genserslov" in the image puts the caret in that word.
  const genInImage = gen.y - (await image.boundingBox())!.y;
  await page.mouse.click(gen.x + gen.width / 2, gen.y + gen.height / 2);
  // (The editor scrolls the window to the caret, so compare places within the image.)
  await expect.poll(async () => (await outline(page).boundingBox())!.y - (await image.boundingBox())!.y).toBeCloseTo(genInImage, 0);
  // The caret is at the start of the word, in the focused editor: what is typed lands there.
  await page.keyboard.type("X");
  await expect(editor(page)).toContainText("Comrade XGenserslov");
  await page.keyboard.press("Control+z");
  await expect(editor(page)).toContainText("Comrade Genserslov");

  // Low-confidence shading tints the words the OCR was unsure of (41 % and 30 %), in the editor.
  await page.getByRole("button", { name: "Low confidence" }).click();
  await expect(page.locator(".text-editor .low-confidence")).toHaveText(["Genserslov", `ref-${stamp}`]);
  await expectAccessible(page, "editor with the page image");

  mkdirSync("test-results/screens", { recursive: true });
  await page.screenshot({ path: "test-results/screens/page-image-1440.png" });
  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone the image sits above the text, and can be hidden.
  await expect(image).toBeVisible();
  await expect(editor(page)).toBeVisible();
  // The layout follows the width through a media-query listener and a render: wait for it.
  await expect.poll(async () => (await image.boundingBox())!.y < (await editor(page).boundingBox())!.y).toBe(true);
  await page.screenshot({ path: "test-results/screens/page-image-390.png", fullPage: true });
  await page.getByRole("button", { name: "Hide" }).click();
  await expect(image).toBeHidden();
  await expect(editor(page)).toBeVisible();
});

test("the pages API and the IIIF service answer for an imported page", async ({ page, request, playwright, baseURL }) => {
  const stamp = `api-${Date.now()}`;
  await importPage(page, stamp);
  const id = page.url().split("/documents/")[1]!.split(/[/?#]/)[0]!;
  const pages = await (await request.get(`/api/documents/${id}/pages`)).json();
  expect(pages.items).toEqual([expect.objectContaining({ index: 0, width: 600, height: 400, words: 6, ocr: { source: "hocr", status: "done" } })]);
  const info = await (await request.get(`${pages.items[0].iiif}/info.json`)).json();
  expect(info).toMatchObject({ type: "ImageService3", profile: "level1", width: 600, height: 400 });
  const tile = await request.get(`${pages.items[0].iiif}/0,0,512,400/256,/0/default.jpg`);
  expect(tile.headers()["content-type"]).toBe("image/jpeg");
  const words = await (await request.get(`/api/documents/${id}/pages/${pages.items[0].id}/words`)).json();
  expect(words.words.find((w: { text: string }) => w.text === "Genserslov")).toMatchObject({ box: [180, 20, 200, 30], origin: "ocr", confidence: { value: 0.41, original: 41, scale: "percent" } });
  // Signed out: the image is as private as the text.
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await anonymous.get(`${pages.items[0].iiif}/info.json`)).status()).toBe(401);
  await anonymous.dispose();
});

test("an image without a layer is read on the server in the background, with progress per page, and becomes a document", async ({ page }) => {
  test.setTimeout(120_000);
  const memo = readFileSync("test/fixtures/ocr/typed-memo.png");
  await page.goto("/import");
  const name = `typed-${Date.now()}.png`;
  await page.getByLabel("Choose page images and their OCR layers").setInputFiles([{ name, mimeType: "image/png", buffer: memo }]);
  await page.getByRole("button", { name: "Import pages" }).click();
  await page.getByRole("link", { name: /Reading 1 page of/ }).click();
  await expect(page.getByRole("heading", { name: /^OCR of “typed-/ })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Page 1 progress" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "The page was read." })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText(/Read · \d+ words/)).toBeVisible();
  await expectAccessible(page, "OCR job page");
  await page.screenshot({ path: "test-results/screens/ocr-job-1440.png" });
  await page.getByRole("link", { name: "Open the document" }).click();
  await expect(editor(page)).toContainText("Comrade Generalov arrived at Nishikura");
});

test("ALTO export of a corrected page: the corrected word on its box, from the Export tab", async ({ page }) => {
  const stamp = `alto-${Date.now()}`;
  await importPage(page, stamp);
  await selectInEditor(page, "Genserslov");
  await page.keyboard.type("Generalov");
  await page.getByLabel("Describe your correction").fill("Genserslov → Generalov");
  await page.getByRole("button", { name: /^Save/ }).click();
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();
  await page.getByRole("link", { name: "Export", exact: true }).click();
  await expect(page.getByRole("row", { name: /ALTO 4 XML/ })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Edition as ALTO 4 XML" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.alto\.xml$/);
  const alto = readFileSync(await download.path(), "utf8");
  expect(alto).toContain('xmlns="http://www.loc.gov/standards/alto/ns-v4#"');
  expect(alto).toMatch(/HPOS="180" VPOS="20" WIDTH="200" HEIGHT="30" CONTENT="Generalov"\/>/);
  expect(alto).toMatch(/CONTENT="Comrade" WC="0\.95"/);
});

test("re-reading a region: draw a box on the image, read it again, and replace the words as an ordinary edit", async ({ page }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  await page.goto("/import");
  await page.getByLabel("Choose page images and their OCR layers").setInputFiles([
    { name: `typed-${stamp}.png`, mimeType: "image/png", buffer: readFileSync("test/fixtures/ocr/typed-memo.png") },
    { name: `typed-${stamp}.hocr`, mimeType: "text/html", buffer: Buffer.from(hocrFor(`typed-${stamp}.png`, 900, 220, [...TYPED_MEMO_LINES, [{ text: `n${stamp}`, box: [700, 190, 100, 20] }]])) },
  ]);
  await page.getByRole("button", { name: "Import pages" }).click();
  await page.getByRole("list", { name: "Page import results" }).getByRole("link", { name: `typed-${stamp}` }).click();
  await expect(editor(page)).toContainText("Comrade Genserslov arrived");

  // The caret in the word outlines it on the image: that is where to draw.
  await selectInEditor(page, "Genserslov");
  await page.keyboard.press("ArrowLeft");
  const word = (await outline(page).boundingBox())!;
  await drawRegionAround(page, word);
  await page.getByRole("button", { name: "Read this region again" }).click();
  const dialog = page.getByRole("dialog", { name: "Region read again" });
  // The reading is offered word by word against the words there now, each change ticked to take.
  const change = dialog.getByRole("checkbox", { name: "Genserslov → Generalov" });
  await expect(change).toBeVisible({ timeout: 30_000 });
  await expect(change).toBeChecked();
  await expectAccessible(page, "re-read dialog");
  await page.screenshot({ path: "test-results/screens/reread-1440.png" });
  await change.uncheck();
  await expect(dialog.getByRole("button", { name: /^Take 0 changes/ })).toBeDisabled();
  await change.check();
  await dialog.getByRole("button", { name: "Take 1 change" }).click();
  await expect(editor(page)).toContainText("Comrade Generalov arrived");
  // An ordinary unsaved edit: saved with a message like any other.
  await expect(page.getByRole("status").filter({ hasText: "Unsaved: 1 word changed" })).toBeVisible();
  await page.keyboard.press("Control+z");
  await expect(editor(page)).toContainText("Comrade Genserslov arrived");
});

test("a reviewer checks each change of a proposal against its words on the scan", async ({ page, browser, apiAs }) => {
  const stamp = `hunk-${Date.now()}`;
  await importPage(page, stamp);
  const id = page.url().split("/documents/")[1]!.split(/[/?#]/)[0]!;
  const cora = await apiAs("cora");
  const doc = await (await cora.get(`/api/documents/${id}`)).json();
  const proposal = await (await cora.post(`/api/documents/${id}/proposals`, { data: { baseSeq: doc.headSeq, text: doc.text.replace("Genserslov", "Generalov"), message: "name" } })).json();
  const rita = await pageAs(browser, "rita");
  await rita.goto(`/proposals/${proposal.id}`);
  const scan = rita.getByRole("img", { name: "Page 1 of the scan, where “Genserslov” stands" });
  await expect(scan).toBeVisible();
  await expect.poll(() => scan.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(100);
  await expectAccessible(rita, "proposal with the scan");
  await rita.screenshot({ path: "test-results/screens/proposal-scan-1440.png", fullPage: true });
  await rita.context().close();
});

test("a box drawn on the page image marks the words it covers as a redaction, the box kept with it", async ({ page, request }) => {
  const stamp = `redact-${Date.now()}`;
  await importPage(page, stamp);
  const id = page.url().split("/documents/")[1]!.split(/[/?#]/)[0]!;
  await selectInEditor(page, "Genserslov");
  await page.keyboard.press("ArrowLeft");
  const word = (await outline(page).boundingBox())!;
  await drawRegionAround(page, word);
  await page.getByRole("button", { name: "Mark as redacted" }).click();
  const form = page.getByRole("form", { name: "Annotate the selection" });
  await expect(form).toContainText("“Genserslov”");
  await expect(form.getByRole("radio", { name: "Redaction" })).toBeChecked();
  await form.getByLabel(/Exemption codes/).fill("(b)(3) CIA Act");
  await expectAccessible(page, "a box on the image marked redacted");
  await form.getByRole("button", { name: "Annotate" }).click();
  await expect(page.getByText("Annotated “Genserslov” as Redaction.")).toBeVisible();
  const { items } = await (await request.get(`/api/documents/${id}/annotations?tag=redaction`)).json();
  const pages = await (await request.get(`/api/documents/${id}/pages`)).json();
  expect(items).toEqual([expect.objectContaining({ exemptions: ["(b)(3) CIA Act"], box: expect.objectContaining({ pageId: pages.items[0].id }) })]);
  const box = items[0].box;
  // The box is around the word's own box on the image (180, 20, 200 × 30 in the layer).
  expect(box.x).toBeLessThanOrEqual(180);
  expect(box.x + box.w).toBeGreaterThanOrEqual(380);
  // It stays drawn on the image, hatched, its codes on hover.
  await expect(page.locator(".page-viewer__redaction")).toHaveAttribute("title", /Redaction · \(b\)\(3\) CIA Act/);
});

test("the page strip counts pages done: a corrector marks the page done, a reviewer checks it, and the header and the API agree", async ({ page, browser }) => {
  const stamp = String(Date.now());
  await importPage(page, stamp);
  const strip = page.getByRole("region", { name: "Pages" });
  await expect(strip).toContainText("0 of 1 page done");
  await expect(strip.getByRole("button", { name: "Page 1: Not started" })).toBeVisible();
  const id = page.url().split("/").pop()!;

  const cora = await pageAs(browser, "cora");
  await cora.goto(`/documents/${id}`);
  const coraStrip = cora.getByRole("region", { name: "Pages" });
  // A corrector cannot choose Checked.
  await expect(coraStrip.getByRole("option", { name: "Checked" })).toBeDisabled();
  await coraStrip.getByLabel("Status of page 1").selectOption("done");
  await expect(coraStrip).toContainText("1 of 1 page done");
  await expect(cora.getByText("1 of 1 page done").first()).toBeVisible();
  await expectAccessible(cora, "the editor with its page strip");
  await cora.screenshot({ path: "test-results/screens/page-strip-1440.png" });
  await cora.setViewportSize({ width: 390, height: 844 });
  await cora.screenshot({ path: "test-results/screens/page-strip-390.png" });
  await cora.context().close();

  await page.reload();
  // Line by line: each line of the image above the text it became; the text itself unchanged.
  const text = await editor(page).textContent();
  await strip.getByLabel(/Line by line/).check();
  const pictures = editor(page).locator(".line-image img");
  await expect(pictures).toHaveCount(3);
  await expect(pictures.first()).toHaveAttribute("alt", "Page 1, line 1 of the image");
  await expect.poll(() => pictures.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(editor(page)).toContainText("Comrade Genserslov");
  await page.screenshot({ path: "test-results/screens/line-by-line-1440.png" });
  await strip.getByLabel(/Line by line/).uncheck();
  await expect(pictures).toHaveCount(0);
  expect(await editor(page).textContent()).toBe(text);
  await strip.getByLabel("Status of page 1").selectOption("checked");
  await expect(strip.getByRole("button", { name: "Page 1: Checked" })).toBeVisible();
  const pages = await (await page.request.get(`/api/documents/${id}/pages`)).json();
  expect((pages.items ?? pages).map((p: { status: string }) => p.status)).toEqual(["checked"]);
});
