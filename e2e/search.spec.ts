import { expect, test } from "./fixtures/users";
import { editor, importDocument } from "./fixtures/documents";

// Invented names, so that other journeys' documents in the shared database never match.
const TEXT = "Report on Vorontsevich.\nVorontsevich met Vorontsewich at Tbilisi (ref. 9Q-77) in May.\nThe end.";

test("search in each mode from the header and /, with a coverage line, and a hit that opens the editor at it", async ({ page, request }) => {
  const { id } = await importDocument(request, "Search journey", TEXT);

  await page.goto("/");
  // The shortcut works once the page is hydrated; on a loaded machine the first press may come before that.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(page).toHaveURL(/\/search$/, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const box = page.getByRole("searchbox", { name: "Search the text of every document" });
  await expect(box).toBeFocused();
  await expect(page.getByRole("heading", { name: "Search the text of every document" })).toBeVisible();

  // Words (the default).
  await box.fill("vorontsevich tbilisi");
  await box.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /^Searched [\d,]+ documents?: 1 document matches/ })).toBeVisible();
  const result = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Search journey/ }) });
  await expect(result.getByText("3 hits")).toBeVisible();
  await expect(result.locator("mark")).toHaveText(["Vorontsevich", "Vorontsevich", "Tbilisi"]);

  // Exact text, punctuation included: choosing the mode searches again.
  await box.fill("(ref. 9Q-77)");
  await page.getByRole("radio", { name: "Exact text" }).check();
  await expect(page).toHaveURL(/mode=exact/);
  await expect(result.locator("mark")).toHaveText(["(ref. 9Q-77)"]);

  // A regular expression, and a bad one explained.
  await box.fill("Voronts\\w+ch\\b");
  await page.getByRole("radio", { name: "Regular expression" }).check();
  await expect(result.locator("mark")).toHaveText(["Vorontsevich", "Vorontsevich", "Vorontsewich"]);
  await box.fill("(Voronts");
  await box.press("Enter");
  // Next's route announcer is an alert too: take the page's own.
  await expect(page.getByRole("alert").filter({ hasText: "Not a valid regular expression" })).toBeVisible();

  // OCR-tolerant: the misreading is found with its distance.
  await box.fill("Vorontsevich");
  await page.getByRole("radio", { name: "OCR-tolerant" }).check();
  await expect(page).toHaveURL(/mode=fuzzy/);
  const misread = result.getByRole("listitem").filter({ hasText: "1 edit" });
  await expect(misread.locator("mark")).toHaveText("Vorontsewich");

  // The hit opens the editor with the word selected.
  await misread.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/documents/${id}\\?start=\\d+&end=\\d+`));
  await expect(editor(page)).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("Vorontsewich");
});

test("the raw OCR scope finds what a correction took away, and its hit opens the raw pane marked", async ({ page, request }) => {
  const { id } = await importDocument(request, "Raw scope journey", "Minutes of the Kolkhozny meeting.\nSigned, Gvozdarev.");
  const doc = await (await request.get(`/api/documents/${id}`)).json();
  const saved = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: doc.text.replace("Gvozdarev", "Gvozdaryov"), message: "Spelling" } });
  expect(saved.status()).toBe(201);

  await page.goto("/search?q=Gvozdarev");
  await expect(page.getByRole("status").filter({ hasText: "no document matches" })).toBeVisible();
  await page.getByText("Where to search").click();
  await page.getByLabel("In", { exact: true }).selectOption("raw");
  const result = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Raw scope journey/ }) });
  await expect(result.locator("mark")).toHaveText("Gvozdarev");
  await expect(result.getByText("raw OCR", { exact: true })).toBeVisible();
  await result.locator(".hit").click();
  await expect(page).toHaveURL(/rawStart=\d+&rawEnd=\d+/);
  await expect(page.getByRole("region", { name: "Raw OCR", exact: true })).toBeVisible();
  // The span is painted with the find highlight (CSS Custom Highlight API).
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get("raw-find-current") ?? [])].map((r) => r.toString()))).toEqual(["Gvozdarev"]);
});

test("the search API answers the contract's shape and refuses bad queries with 422", async ({ request }) => {
  const { id } = await importDocument(request, "Search API", "Prokhorenko wrote twice to Prokhorenka.");
  const res = await request.get(`/api/search?${new URLSearchParams({ q: "Prokhorenko", mode: "fuzzy", scope: "both" })}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ documentsSearched: expect.any(Number), uncorrected: expect.any(Number), total: 1, nextCursor: null });
  expect(body.items).toEqual([
    expect.objectContaining({
      documentId: id,
      title: "Search API",
      hits: [
        expect.objectContaining({ id: expect.stringMatching(new RegExp(`^${id}:t0:0-11$`)), start: 0, end: 11, text: "Prokhorenko", before: "", after: " wrote twice to Prokhorenka.", distance: 0 }),
        expect.objectContaining({ start: 27, end: 38, text: "Prokhorenka", distance: 1 }),
      ],
    }),
  ]);
  for (const q of ["", "x".repeat(10_000)]) {
    const bad = await request.get(`/api/search?${new URLSearchParams({ q })}`);
    expect(bad.status()).toBe(422);
  }
  const regex = await request.get(`/api/search?${new URLSearchParams({ q: "(a", mode: "regex" })}`);
  expect(regex.status()).toBe(422);
  expect((await regex.json()).error.message).toMatch(/^Not a valid regular expression: .*/);
});
