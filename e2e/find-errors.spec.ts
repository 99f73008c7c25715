import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/users";
import { editor, getDocumentJson, importDocument } from "./fixtures/documents";
import { expectAccessible } from "./fixtures/axe";

const SUGGESTIVE = "The steamer arived at Nishikura. Nishikura harbor. Nishikura pier. Wishikura office. The ships arived late. Then blorft and tbe end.";

const popover = (page: Page) => page.getByRole("dialog", { name: /^Suggestion for/ });

test("F8 through the suggestions: accept all like this, accept one with Enter, ignore in the collection, ignore one; undo; save", async ({ page, request }) => {
  const { id } = await importDocument(request, "suggestions", SUGGESTIVE);
  await page.goto(`/documents/${id}`);
  await expect(page.getByRole("button", { name: "Suggestions 5" })).toBeVisible();
  await expect(editor(page).locator(".suggestion")).toHaveCount(5);

  await editor(page).click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("F8");
  await expect(popover(page)).toHaveAccessibleName("Suggestion for “arived”");
  await expect(popover(page).getByRole("button", { name: "arrived" })).toBeFocused();
  await popover(page).getByRole("button", { name: "Accept all like this (2)" }).click();
  await expect(page.getByText("Replaced 2 × “arived” with “arrived”")).toBeVisible();
  await expect(editor(page)).toContainText("The steamer arrived at Nishikura");
  await expect(editor(page)).toContainText("The ships arrived late");

  await page.keyboard.press("F8");
  await expect(popover(page)).toHaveAccessibleName("Suggestion for “Wishikura”");
  await expect(popover(page).getByRole("button", { name: "Nishikura" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(editor(page)).toContainText("Nishikura office");

  await page.keyboard.press("F8");
  await expect(popover(page)).toHaveAccessibleName("Suggestion for “blorft”");
  await popover(page).getByRole("button", { name: "Ignore in this collection" }).click();
  await expect(page.getByText("“blorft” is no longer flagged in this collection.")).toBeVisible();

  await page.keyboard.press("F8");
  await expect(popover(page)).toHaveAccessibleName("Suggestion for “tbe”");
  await popover(page).getByRole("button", { name: "Ignore", exact: true }).click();
  await expect(popover(page)).toBeHidden();
  await page.keyboard.press("F8");
  await expect(page.getByText("No suggestions left in this document.")).toBeVisible();
  await expect(editor(page).locator(".suggestion")).toHaveCount(0);

  // Accepting only edited the text: two undo steps take back the one fix and the accept-all.
  await expect(page.getByRole("status").filter({ hasText: /^Unsaved: \d+ words? changed$/ })).toBeVisible();
  await editor(page).press("Control+z");
  await expect(editor(page)).toContainText("Wishikura office");
  await editor(page).press("Control+z");
  await expect(editor(page)).toContainText("The steamer arived at Nishikura");
  await editor(page).press("Control+Shift+z");
  await editor(page).press("Control+Shift+z");
  await page.getByRole("textbox", { name: "Describe your correction" }).fill("Suggestions accepted");
  await page.keyboard.press("Control+s");
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();
  const doc = await getDocumentJson(request, id);
  expect(doc.text).toContain("The steamer arrived at Nishikura. Nishikura harbor. Nishikura pier. Nishikura office. The ships arrived late. Then blorft and tbe end.");

  // Typing is checked as it happens: a moment after the last key, a new misspelling is underlined, unsaved.
  await editor(page).getByText("The steamer").click();
  await page.keyboard.press("Home");
  await page.keyboard.type("steamr ");
  await expect(editor(page).locator(".suggestion", { hasText: "steamr" })).toBeVisible();

  // The collection's ignore list holds the word; a reviewer takes it off again.
  const collectionId = ((await (await request.get(`/api/documents/${id}`)).json()) as { collectionId: string }).collectionId;
  expect(((await (await request.get(`/api/collections/${collectionId}/ignored-words`)).json()) as { words: string[] }).words).toContain("blorft");
  expect((await request.delete(`/api/collections/${collectionId}/ignored-words/blorft`)).status()).toBe(204);
});

test("the Suggestions panel lists them in text order, filters by reason, and a click opens the choices", async ({ page, request }) => {
  const { id } = await importDocument(request, "suggestion panel", SUGGESTIVE.replace("Then", "Then the mission Arrived early, and").replace("blorft", "qwyrt"));
  await page.goto(`/documents/${id}`);
  await page.getByRole("button", { name: /^Suggestions \d/ }).click();
  const panel = page.getByRole("region", { name: "Suggestions" });
  await expect(panel.getByRole("listitem")).toHaveCount(6);
  await expect(panel.getByRole("listitem").first()).toContainText("arived → arrived");
  await panel.getByLabel("Show").selectOption({ label: "Word out of place (1)" });
  await expect(panel.getByRole("listitem")).toHaveCount(1);
  await panel.getByRole("button", { name: /Arrived → arrived/ }).click();
  await expect(popover(page)).toHaveAccessibleName("Suggestion for “Arrived”");
  await page.keyboard.press("Escape");
  await expect(popover(page)).toBeHidden();
});

test("the words that differ from the raw OCR are marked in both panes, and the toggle turns the marks off", async ({ page, request }) => {
  const { id } = await importDocument(request, "changes", "Genserslov met Otroshchenko in Tokyo on 9 August.");
  const raw = await getDocumentJson(request, id);
  const save = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: raw.text.replace("Genserslov", "Generalov").replace("Tokyo", "Tokio"), message: "two fixes" } });
  expect(save.status()).toBe(201);
  await page.goto(`/documents/${id}`);
  await expect(editor(page).locator(".changed")).toHaveText(["Generalov", "Tokio"]);
  const rawMarks = () => page.evaluate(() => [...(CSS.highlights.get("raw-changed") ?? [])].map((r) => r.toString()));
  await expect.poll(rawMarks).toEqual(["Genserslov", "Tokyo"]);

  // A new correction is marked a moment after typing stops.
  await editor(page).getByText("Otroshchenko").click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Later");
  await expect(editor(page).locator(".changed")).toHaveText(["Generalov", "Tokio", "Later"]);

  await page.getByRole("button", { name: "Changes", exact: true }).click();
  await expect(page.getByRole("button", { name: "Changes", exact: true })).toHaveAttribute("aria-pressed", "false");
  await expect(editor(page).locator(".changed")).toHaveCount(0);
  await expect.poll(rawMarks).toEqual([]);
});

test("the raw OCR stays level with the editor by content, not by proportion", async ({ page, request }) => {
  const lines = Array.from({ length: 160 }, (_, i) => `Line ${i + 1}: the mission at Nishikura reported on the steamer.`);
  const { id } = await importDocument(request, "aligned", lines.join("\n"));
  const raw = await getDocumentJson(request, id);
  // The correction adds 60 lines at the top: the texts now differ in length by far more than proportion can absorb.
  const added = Array.from({ length: 60 }, (_, i) => `Added ${i + 1}: a transcriber's note.`).join("\n");
  expect((await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: `${added}\n${raw.text}`, message: "notes" } })).status()).toBe(201);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/documents/${id}`);
  const rawPane = page.getByRole("region", { name: "Raw OCR", exact: true });
  await expect(rawPane).toBeVisible();

  // How far below its pane's top edge each pane draws "Line 120:" (the editor holds lines as text nodes between breaks).
  const offsets = () =>
    page.evaluate(() => {
      const topOf = (root: Element) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf("Line 120:");
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 9);
          return range.getBoundingClientRect().top - root.getBoundingClientRect().top;
        }
        return NaN;
      };
      return { editor: topOf(document.querySelector(".text-editor")!), raw: topOf(document.querySelector(".raw-text")!) };
    });
  await page.evaluate(() => {
    const scroller = document.querySelector(".text-editor") as HTMLElement;
    const walker = document.createTreeWalker(scroller, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf("Line 120:");
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      scroller.scrollTop += range.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 100;
      return;
    }
  });
  // The raw pane shows Line 120 level with the editor's (within a line or so).
  await expect.poll(async () => {
    const o = await offsets();
    return Math.abs(o.editor - o.raw);
  })
    .toBeLessThan(40);
});

test("find and replace: count and n of m, Enter and Shift+Enter, options, one undo step each, a stopped runaway expression, find in the raw OCR", async ({ page, request }) => {
  const { id } = await importDocument(request, "find", "Genserslov met Otroshchenko. GENSERSLOV left. The Genserslovs stayed.\nLomakin, Pavel; Sukhovey, Arkadiy\n" + "a".repeat(40) + "b");
  await page.goto(`/documents/${id}`);
  await editor(page).click();
  await page.keyboard.press("Control+f");
  const bar = page.getByRole("search", { name: "Find in the corrected text" });
  await expect(bar.getByLabel("Find", { exact: true })).toBeFocused();
  await page.keyboard.type("Genserslov");
  await expect(bar.getByRole("status")).toHaveText("1 of 3");
  await expect(editor(page).locator(".find-match")).toHaveCount(3);
  await page.keyboard.press("Enter");
  await expect(bar.getByRole("status")).toHaveText("2 of 3");
  await expect(editor(page).locator(".find-match--current")).toHaveText("GENSERSLOV");
  await page.keyboard.press("Shift+Enter");
  await page.keyboard.press("Shift+Enter");
  await expect(bar.getByRole("status")).toHaveText("3 of 3");
  await bar.getByRole("button", { name: "Match case" }).click();
  await expect(bar.getByRole("status")).toHaveText("1 of 2");
  await bar.getByRole("button", { name: "Whole word" }).click();
  await expect(bar.getByRole("status")).toHaveText("1 of 1");

  // A bad expression is an inline error; a runaway one is stopped and the tab stays responsive.
  await bar.getByRole("button", { name: "Regular expression" }).click();
  await bar.getByLabel("Find", { exact: true }).fill("(unclosed");
  await expect(bar.getByRole("alert")).toContainText("Not a valid regular expression");
  await bar.getByRole("button", { name: "Whole word" }).click();
  await bar.getByLabel("Find", { exact: true }).fill("(a+)+$");
  await expect(bar.getByRole("alert")).toContainText("was stopped", { timeout: 10_000 });
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await page.keyboard.press("Escape");
  await expect(bar).toBeHidden();

  // Replace (Ctrl+H): a regular expression with groups; Replace all is one undo step.
  await editor(page).click();
  await page.keyboard.press("Control+h");
  const replaceBar = page.getByRole("search", { name: "Find and replace in the corrected text" });
  await replaceBar.getByRole("button", { name: "Regular expression" }).click();
  await replaceBar.getByRole("button", { name: "Match case" }).click();
  await replaceBar.getByLabel("Find", { exact: true }).fill("(\\p{Lu}\\p{Ll}+), (\\p{Lu}\\p{Ll}+)");
  await expect(replaceBar.getByRole("status")).toHaveText("1 of 2");
  await replaceBar.getByLabel("Replace with").fill("$2 $1");
  await replaceBar.getByRole("button", { name: "Replace", exact: true }).click();
  await expect(editor(page)).toContainText("Pavel Lomakin; Sukhovey, Arkadiy");
  await expect(replaceBar.getByRole("status")).toHaveText("1 of 1");
  await replaceBar.getByRole("button", { name: "Regular expression" }).click();
  await replaceBar.getByRole("button", { name: "Match case" }).click();
  await replaceBar.getByLabel("Find", { exact: true }).fill("genserslov");
  await replaceBar.getByLabel("Replace with").fill("Generalov");
  await expect(replaceBar.getByRole("status")).toHaveText("1 of 3");
  await replaceBar.getByRole("button", { name: "Replace all" }).click();
  await expect(replaceBar.getByRole("status")).toHaveText("No matches");
  await expect(editor(page)).toContainText("Generalov met Otroshchenko. Generalov left. The Generalovs stayed.");
  await page.keyboard.press("Escape");
  // The save box says what the change holds: two names swapped round a comma, three names.
  await expect(page.getByRole("status").filter({ hasText: /^Unsaved: \d+ words changed$/ })).toBeVisible();
  await editor(page).press("Control+z");
  await expect(editor(page)).toContainText("Genserslov met Otroshchenko. GENSERSLOV left. The Genserslovs stayed.");
  await expect(editor(page)).toContainText("Pavel Lomakin; Sukhovey, Arkadiy");

  // Find in the raw OCR: focus the pane, Ctrl+F searches it.
  await page.getByRole("region", { name: "Raw OCR", exact: true }).focus();
  await page.keyboard.press("Control+f");
  const rawBar = page.getByRole("search", { name: "Find in the raw OCR" });
  await page.keyboard.type("Lomakin");
  await expect(rawBar.getByRole("status")).toHaveText("1 of 1");
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get("raw-find-current") ?? [])].map((r) => r.toString()))).toEqual(["Lomakin"]);
});

test("Replace all acts on the query shown, even when pressed the moment a new query is pasted", async ({ page, request }) => {
  const { id } = await importDocument(request, "replace race", "Generalov met Otroshchenko. Generalov left. Generalov stayed.");
  await page.goto(`/documents/${id}`);
  await editor(page).click();
  await page.keyboard.press("Control+h");
  const bar = page.getByRole("search", { name: "Find and replace in the corrected text" });
  await bar.getByLabel("Find", { exact: true }).fill("Generalov");
  await expect(bar.getByRole("status")).toHaveText("1 of 3");
  await bar.getByLabel("Replace with").fill("Otroshenko");
  // Pasted and pressed at once: the three matches on screen are the previous query's.
  await bar.getByLabel("Find", { exact: true }).fill("Otroshchenko");
  await bar.getByRole("button", { name: "Replace all" }).click();
  await expect(editor(page)).toContainText("Generalov met Otroshenko. Generalov left. Generalov stayed.");
  await expect(page.getByRole("status").filter({ hasText: "Unsaved: 1 word changed" })).toBeVisible();
});

test("the choices close with Escape or a click elsewhere, however they were opened; weak evidence offers no default", async ({ page, request }) => {
  const { id } = await importDocument(request, "popover", "The steamer arived at the pier. The mission operates Nightly between the ports.");
  await page.goto(`/documents/${id}`);
  await expect(editor(page).locator(".suggestion")).toHaveCount(2);
  // Opened by a click on the underline: the caret stays in the text.
  await editor(page).locator(".suggestion", { hasText: "arived" }).click();
  await expect(popover(page)).toHaveAccessibleName("Suggestion for “arived”");
  await page.keyboard.press("Escape");
  await expect(popover(page)).toBeHidden();
  // (Another underline: a second click on the same spot at once would be a double click.)
  await editor(page).locator(".suggestion", { hasText: "Nightly" }).click();
  await expect(popover(page)).toHaveAccessibleName("Suggestion for “Nightly”");
  await page.getByRole("heading", { level: 1 }).click();
  await expect(popover(page)).toBeHidden();

  // A capital inside a sentence is weak evidence: the popover has the focus, and Enter changes nothing.
  await editor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Shift+F8");
  await expect(popover(page)).toHaveAccessibleName("Suggestion for “Nightly”");
  await expect(popover(page)).toBeFocused();
  await expect(popover(page)).toContainText("Enter chooses nothing here");
  await expectAccessible(page, "suggestion with no default");
  await page.keyboard.press("Enter");
  await expect(editor(page)).toContainText("operates Nightly between");
  await popover(page).getByRole("button", { name: "nightly" }).click();
  await expect(editor(page)).toContainText("operates nightly between");
});

test("don't flag this kind here: a reviewer turns a rule off for the collection, undoes it, and the collection page turns it on again", async ({ page, request }) => {
  const collection = (await (await request.post("/api/collections", { data: { name: `rules ${Date.now()}` } })).json()) as { id: string };
  const made = await request.post("/api/documents", { data: { title: "rules", collectionId: collection.id, text: "The steamer arived on 26 May 2956 with the officers.\n" } });
  const { id } = (await made.json()) as { id: string };
  await page.goto(`/documents/${id}`);
  await expect(editor(page).locator(".suggestion")).toHaveCount(2);

  await editor(page).locator(".suggestion", { hasText: "2956" }).click();
  await expect(popover(page)).toContainText("(Misread numbers and years)");
  await expectAccessible(page, "suggestion with its rule");
  await popover(page).getByRole("button", { name: "Don’t flag this kind here" }).click();
  await expect(page.getByText("Suggestions no longer flag “Misread numbers and years” in this collection.")).toBeVisible();
  await expect(editor(page).locator(".suggestion")).toHaveCount(1);
  // Another document of the collection, opened now, is not flagged for it either.
  await page.reload();
  await expect(editor(page).locator(".suggestion")).toHaveCount(1);
  await expect(editor(page).locator(".suggestion", { hasText: "arived" })).toBeVisible();

  await page.goto(`/collections/${collection.id}`);
  const card = page.getByRole("region", { name: "Suggestions" });
  await expect(card).toContainText("1 of");
  const rule = card.getByRole("checkbox", { name: "Misread numbers and years" });
  await expect(rule).not.toBeChecked();
  await expect(card.getByRole("listitem").filter({ hasText: "Misread numbers and years" })).toContainText("Off since");
  await expectAccessible(page, "collection suggestion rules");
  await rule.check();
  await expect(card.getByText("“Misread numbers and years” is flagged again.")).toBeVisible();
  await expect(rule).toBeChecked();

  await page.goto(`/documents/${id}`);
  await expect(editor(page).locator(".suggestion")).toHaveCount(2);
  // Undo from the choices, in one step.
  await editor(page).locator(".suggestion", { hasText: "2956" }).click();
  await popover(page).getByRole("button", { name: "Don’t flag this kind here" }).click();
  await expect(editor(page).locator(".suggestion")).toHaveCount(1);
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("“Misread numbers and years” is flagged again.")).toBeVisible();
  await expect(editor(page).locator(".suggestion")).toHaveCount(2);
  const rules = (await (await request.get(`/api/collections/${collection.id}/suggestion-rules`)).json()) as { items: { name: string; off: boolean }[] };
  expect(rules.items.filter((r) => r.off)).toEqual([]);
});
