import type { Browser, Page } from "@playwright/test";
import { expect, pageAs, stateFile, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";
import { editor, importDocument, SAMPLE } from "./fixtures/documents";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** True when the page is wider than the window: the phone would scroll sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/**
 * Opens each screen at 1440 and 390 px as the admin: no sideways scrolling on a phone, axe clean,
 * a screenshot of each. Its own context, not pageAs: this runs axe on every screen at both widths
 * itself, so the after-journey check need not visit them all again.
 */
async function photograph(browser: Browser, screens: string[][]) {
  const admin = await (await browser.newContext({ storageState: stateFile("admin") })).newPage();
  for (const viewport of [DESKTOP, PHONE]) {
    await admin.setViewportSize(viewport);
    for (const [name, path] of screens) {
      await admin.goto(path);
      await expect(admin.getByRole("banner")).toBeVisible();
      expect.soft(await scrollsSideways(admin), `${path} at ${viewport.width} px`).toBe(false);
      await expectAccessible(admin, `${path} at ${viewport.width} px`);
      await admin.screenshot({ path: `test-results/screens/${name}-${viewport.width}.png` });
    }
  }
  await admin.context().close();
}

// Two journeys, so that the two workers share the screens.
test("every document screen fits a 390 px phone without sideways scrolling, passes axe, and is photographed at both widths", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const { id } = await importDocument(request, "screens", SAMPLE);
  const collectionId = (await (await request.get(`/api/documents/${id}`)).json()).collectionId as string | undefined;
  await photograph(browser, [
    ["documents", "/"],
    ["document", `/documents/${id}`],
    ["record", `/documents/${id}/record`],
    ["history", `/documents/${id}/history`],
    ["proposals", `/documents/${id}/proposals`],
    ["activity", `/documents/${id}/activity`],
    ["export", `/documents/${id}/export`],
    ["review", "/review"],
    ["import", "/import"],
    ["entities", "/entities"],
    ["users", "/admin/users"],
    ["jobs", "/admin/jobs"],
    ["deleted", "/admin/deleted"],
    ["account", "/account"],
    ...(collectionId ? [["collection", `/collections/${collectionId}`]] : []),
  ]);
});

test("every search, changeset and dashboard screen fits a 390 px phone, passes axe, and is photographed at both widths", async ({ browser, request }) => {
  test.setTimeout(300_000);
  // A changeset in a collection of its own, so that no other journey's text changes.
  const own = await (await request.post("/api/collections", { data: { name: `Screens ${Date.now()} ${Math.random()}` } })).json();
  await request.post("/api/documents", { data: { title: "Screens changeset", text: "Genserslov met Otroshchenko.\nGenserslov left.", collectionId: own.id } });
  const changeset = await (await request.post("/api/changesets", { data: { query: "Genserslov", replacement: "Generalov", collectionId: own.id, message: "Genserslov is Generalov" } })).json();
  await photograph(browser, [
    ["search", "/search"],
    ["search-words", "/search?q=Otroshchenko+Japanese&scope=both"],
    ["search-fuzzy", "/search?q=Generalov&mode=fuzzy"],
    ["replace", `/changesets/new?q=Genserslov&collectionId=${own.id}`],
    ["changeset", `/changesets/${changeset.id}`],
    ["dashboard", "/dashboard"],
    ["collection-dashboard", `/collections/${own.id}/dashboard`],
  ]);
});

test("every team screen (work, inbox, discussion, guidelines, audits, keying) fits a 390 px phone, passes axe, and is photographed at both widths", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const own = await (await request.post("/api/collections", { data: { name: `Team screens ${Date.now()} ${Math.random()}` } })).json();
  const doc = await (await request.post("/api/documents", { data: { title: "Team screens", text: "Genserslov met Otroshchenko.\nGenserslov left.", collectionId: own.id } })).json();
  await request.post(`/api/documents/${doc.id}/comments`, { data: { body: "Is it **Generalov**? @rita" } });
  await request.put(`/api/collections/${own.id}/guidelines`, { data: { markdown: "# House rules\n\nKeep the typist's spellings." } });
  await photograph(browser, [
    ["work", "/work"],
    ["inbox", "/inbox"],
    ["discussion", `/documents/${doc.id}/discussion`],
    ["guidelines", `/collections/${own.id}/guidelines`],
    ["audits", `/collections/${own.id}/audits`],
    ["keying", `/documents/${doc.id}/keying`],
  ]);
});

test("on a phone the header folds into a menu holding every link, the name and sign-out; the toolbar leaves the text above the fold", async ({ browser, request }) => {
  const { id } = await importDocument(request, "phone", SAMPLE);
  const cora = await pageAs(browser, "cora");
  await cora.setViewportSize(PHONE);
  await cora.goto(`/documents/${id}`);
  const nav = cora.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await cora.getByRole("button", { name: "Menu" }).click();
  await expect(nav.getByRole("link")).toHaveText(["Documents", "My work", "Search", "Dashboard", /^Review queue/, "Entities"]);
  await expect(cora.getByRole("link", { name: /Cora Corrector/ })).toBeVisible();
  await expect(cora.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectAccessible(cora, "the open phone menu");
  await cora.screenshot({ path: "test-results/screens/phone-menu-390.png" });
  await cora.getByRole("button", { name: "Close" }).click();

  // The sticky toolbar takes at most a fifth of the first screen, and the text starts above the fold.
  const toolbar = await cora.getByRole("toolbar", { name: "Correction" }).boundingBox();
  expect(toolbar!.height).toBeLessThanOrEqual(PHONE.height / 5);
  const text = await editor(cora).boundingBox();
  expect(text!.y).toBeLessThan(PHONE.height);
  expect(await scrollsSideways(cora)).toBe(false);
  await cora.context().close();
});

test("a viewer reads: the tab says Read, and there is no Review queue link", async ({ browser, request }) => {
  const { id } = await importDocument(request, "viewer-tabs", "Genserslov met Molotov.");
  const vera = await pageAs(browser, "vera");
  await vera.goto(`/documents/${id}`);
  await expect(vera.getByRole("navigation", { name: "Document" }).getByRole("link", { name: "Read" })).toHaveAttribute("aria-current", "page");
  await expect(vera.getByRole("navigation", { name: "Document" }).getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(vera.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review queue" })).toHaveCount(0);
  await vera.context().close();
});

test("the suggestion popover, the Suggestions panel and the marks of what changed, at both widths, pass axe", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const text = "The steamer arived at Nishikura. Nishikura harbor. Nishikura pier. Wishikura office.\nThe ships arived late, and the mission Arrived early with tbe crew.";
  const { id } = await importDocument(request, "suggestion screens", text);
  const head = await (await request.get(`/api/documents/${id}`)).json();
  expect((await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: head.text.replace("office", "office building"), message: "m" } })).status()).toBe(201);
  const admin = await (await browser.newContext({ storageState: stateFile("admin") })).newPage();
  for (const viewport of [DESKTOP, PHONE]) {
    await admin.setViewportSize(viewport);
    await admin.goto(`/documents/${id}`);
    await expect(editor(admin).locator(".suggestion").first()).toBeVisible();
    await editor(admin).click();
    await admin.keyboard.press("Control+Home");
    await admin.keyboard.press("F8");
    const popover = admin.getByRole("dialog", { name: /^Suggestion for/ });
    await expect(popover).toBeVisible();
    expect.soft(await scrollsSideways(admin), `popover at ${viewport.width} px`).toBe(false);
    await expectAccessible(admin, `the suggestion popover at ${viewport.width} px`);
    await admin.screenshot({ path: `test-results/screens/suggestion-popover-${viewport.width}.png` });
    await admin.keyboard.press("Escape");
    await admin.getByRole("button", { name: /^Suggestions \d/ }).click();
    await expect(admin.getByRole("region", { name: "Suggestions" }).getByRole("listitem").first()).toBeVisible();
    await expectAccessible(admin, `the Suggestions panel at ${viewport.width} px`);
    await admin.screenshot({ path: `test-results/screens/suggestion-panel-${viewport.width}.png` });
  }
  await admin.context().close();
});

test("at 1440 px the correction toolbar is one row, the find bar rides in it without covering it and closes on save", async ({ page, request }) => {
  const { id } = await importDocument(request, "toolbar row", "Genserslov met Otroshchenko in Tokyo.");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/documents/${id}`);
  const toolbar = page.getByRole("toolbar", { name: "Correction" });
  const save = toolbar.getByRole("button", { name: /^Save/ });
  const changes = toolbar.getByRole("button", { name: "Changes" });
  await expect(changes).toBeVisible();
  // One row: the first and the last control share a line.
  expect(Math.abs((await save.boundingBox())!.y - (await changes.boundingBox())!.y)).toBeLessThan(8);
  // "Revision 0" is said once, in the header.
  await expect(page.getByText(/^Revision 0$/)).toHaveCount(1);
  await editor(page).click();
  await page.keyboard.press("Control+f");
  const bar = page.getByRole("search", { name: "Find in the corrected text" });
  await expect(bar).toBeVisible();
  // The bar sits below the toolbar's controls, not over them.
  expect((await bar.boundingBox())!.y).toBeGreaterThanOrEqual((await save.boundingBox())!.y + (await save.boundingBox())!.height);
  await expect(save).toBeVisible();
  await page.keyboard.type("Tokyo");
  await page.keyboard.press("Escape");
  await editor(page).press("End");
  await page.keyboard.type(" Later.");
  await page.keyboard.press("Control+f");
  await expect(bar).toBeVisible();
  await page.keyboard.press("Control+s");
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();
  await expect(bar).toBeHidden();
});
