import { mkdirSync } from "node:fs";
import { expect, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";
import { hocrFor, MEMO_LINES, pageImage } from "../test/page-images";

test("an admin makes a collection public: anyone opens its documents read-only, and its IIIF answers any site; a private one asks to sign in", async ({ page, request, playwright, browser, baseURL }) => {
  const stamp = `pub-${Date.now()}`;
  const collection = await (await request.post("/api/collections", { data: { name: `Public ${stamp}` } })).json();
  const form = new FormData();
  form.append("collectionId", collection.id);
  form.append("file", new Blob([await pageImage({ boxes: MEMO_LINES.flat().map((w) => w.box) })], { type: "image/png" }), `scan-${stamp}.png`);
  form.append("file", new Blob([hocrFor(`scan-${stamp}.png`, 600, 400, MEMO_LINES)], { type: "text/html" }), `scan-${stamp}.hocr`);
  const made = await request.post("/api/documents", { multipart: form });
  expect(made.status()).toBe(201);
  const id = (await made.json()).items[0].id as string;
  const secret = await (await request.post("/api/documents", { data: { title: `Private ${stamp}`, text: "Nothing to see." } })).json();

  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await anonymous.get(`/iiif/documents/${id}/manifest.json`)).status()).toBe(401);

  // The admin sets it public on the collection page.
  await page.goto(`/collections/${collection.id}`);
  const visibility = page.getByRole("form", { name: "Visibility" });
  await visibility.getByRole("radio", { name: /^Public: anyone may read/ }).check();
  await visibility.getByRole("button", { name: "Save visibility" }).click();
  await expect(visibility.getByRole("status")).toHaveText("Saved.");
  expect((await (await request.get(`/api/collections/${collection.id}`)).json()).visibility).toBe("public");

  // Any site's viewer reads the manifest and the images.
  const manifest = await anonymous.get(`/iiif/documents/${id}/manifest.json`, { headers: { origin: "https://viewer.example" } });
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["access-control-allow-origin"]).toBe("*");
  const service = (await manifest.json()).items[0].items[0].items[0].body.service[0].id as string;
  const info = await anonymous.get(`${new URL(service).pathname}/info.json`);
  expect([info.status(), info.headers()["access-control-allow-origin"]]).toEqual([200, "*"]);

  // Signed out, the document opens read-only.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await reader.newPage();
  await visitor.goto(`/documents/${id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`scan-${stamp}`);
  await expect(visitor.getByRole("note")).toContainText("This collection is public");
  await expect(visitor.getByLabel(/^The text of/)).toContainText("Genserslov");
  await expect(visitor.getByRole("img", { name: "Page 1" })).toBeVisible();
  await expect(visitor.getByRole("textbox")).toHaveCount(0);
  await expectAccessible(visitor, "public document");
  mkdirSync("test-results/screens", { recursive: true });
  await visitor.screenshot({ path: "test-results/screens/public-document-1440.png", fullPage: true });
  await visitor.setViewportSize({ width: 390, height: 844 });
  await visitor.screenshot({ path: "test-results/screens/public-document-390.png", fullPage: true });
  expect(await (await visitor.request.get(`/api/documents/${id}/export?format=txt`)).text()).toContain("Genserslov");

  // A private collection's document still sends a visitor to sign in.
  await visitor.goto(`/documents/${secret.id}`);
  await expect(visitor).toHaveURL(/\/sign-in\?next=/);
  await reader.close();
  await anonymous.dispose();
});
