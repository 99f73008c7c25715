import { expectAccessible } from "./fixtures/axe";
import { editor, selectInEditor } from "./fixtures/documents";
import { expect, test } from "./fixtures/users";

// Redactions and releases (issue 25): brackets marked on import and shown with their codes, a
// redaction made by hand with its codes and extent, two releases related and compared, a
// withheld span filled from the other release, and the documents list filtered by redaction.

const shots = async (page: import("@playwright/test").Page, name: string) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.screenshot({ path: `test-results/screens/${name}-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
  await page.screenshot({ path: `test-results/screens/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
};

test("two releases of a cable: the withheld name read in the other release and filled in, the redactions counted and found", async ({ page, request }) => {
  const stamp = Date.now();
  const early = `SECRET\n\nCable ${stamp}. The station chief met [2 names not declassified] in the capital on 16 April.\nHe said the army would not move before May.`;
  const later = `SECRET\n\nCable ${stamp}. The station chief met Jacobo Arbenz and Carlos Diaz in the capital on 16 April.\nHe said [less than 1 line of source text not declassified] before May.`;
  const a = await (await request.post("/api/documents", { data: { title: `Cable ${stamp}, 2005 release`, text: early, sourceRef: `REL-${stamp}-A` } })).json();
  const b = await (await request.post("/api/documents", { data: { title: `Cable ${stamp}, 2017 release`, text: later, sourceRef: `REL-${stamp}-B` } })).json();

  // The bracket came in as a redaction: hatched in the editor, its code and extent on hover.
  await page.goto(`/documents/${a.id}`);
  const mark = editor(page).locator('.anno[data-tag="redaction"]');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveAttribute("title", /Redaction · not declassified, 2 names, found on import/);

  // A person marks another span as withheld, citing codes and an extent.
  await selectInEditor(page, "army");
  await page.keyboard.press("Alt+a");
  const form = page.getByRole("form", { name: "Annotate the selection" });
  await form.getByRole("radio", { name: "Redaction" }).check();
  await form.getByLabel(/Exemption codes/).fill("(b)(1), 25x1");
  await form.getByLabel("Unit").selectOption("words");
  await form.getByLabel("How much was withheld").fill("1");
  await expectAccessible(page, "the annotate form for a redaction");
  await form.getByRole("button", { name: "Annotate" }).click();
  await expect(page.getByText("Annotated “army” as Redaction.")).toBeVisible();
  await expect(editor(page).locator('.anno[data-tag="redaction"]').filter({ hasText: /^army$/ })).toHaveAttribute("title", /\(b\)\(1\); 25X1, 1 word/);

  // Relate the later release from the Releases tab.
  await page.getByRole("link", { name: "Releases" }).click();
  await expect(page.getByText("No other release or related document yet.")).toBeVisible();
  await page.getByLabel("Find a document by title or source reference").fill(`REL-${stamp}-B`);
  await page.getByRole("button", { name: "Find" }).click();
  const relate = page.getByRole("form", { name: `Relate “Cable ${stamp}, 2017 release”` });
  await expect(relate.getByRole("combobox")).toHaveValue("release-of");
  await relate.getByRole("button", { name: "Relate" }).click();
  const related = page.getByRole("region", { name: "Releases and related documents" });
  await expect(related.getByRole("listitem")).toContainText(["Another release of this document"]);
  await expect(related.getByRole("link", { name: `Cable ${stamp}, 2017 release` })).toBeVisible();
  await expectAccessible(page, "the Releases tab");
  await shots(page, "releases");

  // Compare: the name withheld here is readable there, and the clause the other way round.
  await related.getByRole("link", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { name: /This release \(revision 0\) beside/ })).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "Withheld here" })).toContainText("Jacobo Arbenz and Carlos Diaz");
  // "army" is withheld here too now (marked above), so what the other release withholds reads from "would".
  await expect(rows.filter({ hasText: "Withheld there" })).toContainText("would not move");
  await expectAccessible(page, "two releases compared");
  await shots(page, "compare-releases");
  await page.getByRole("button", { name: "Fill from the other release: “Jacobo Arbenz and Carlos Diaz”" }).click();
  await expect(rows.filter({ hasText: "Withheld here" })).toContainText("Supplied as an annotation.");

  // The supplied reading is an annotation naming its source; the release's text is unchanged.
  const annotations = await (await request.get(`/api/documents/${a.id}/annotations?tag=supplied`)).json();
  expect(annotations.items).toEqual([expect.objectContaining({ tag: "supplied", suppliedFrom: { documentId: b.id, seq: 0 } })]);
  expect((await (await request.get(`/api/documents/${a.id}`)).json()).text).toBe(early);
  await page.goto(`/documents/${a.id}`);
  const supplied = editor(page).locator(".anno").filter({ hasText: "[2 names not declassified]" }).last();
  await supplied.click();
  await expect(page.getByRole("dialog", { name: "Annotation details" })).toContainText("Read in another release");

  // The documents list finds the releases by their redactions.
  await page.goto(`/?q=${stamp}`);
  await page.getByLabel("Citing").selectOption("(b)(1)");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: `Cable ${stamp}, 2005 release` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Cable ${stamp}, 2017 release` })).toHaveCount(0);
  await page.getByLabel("Citing").selectOption("not declassified");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("link", { name: `Cable ${stamp}, 2017 release` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Cable ${stamp}, 2005 release` })).toBeVisible();
  await expectAccessible(page, "the documents list filtered by redaction");

  // The dashboard counts them by code.
  await page.goto("/dashboard");
  const counts = page.getByRole("region", { name: "Redactions" });
  await expect(counts.getByRole("table", { name: "By exemption code" })).toContainText("(b)(1)");
  await expect(counts.getByRole("table", { name: "By extent" })).toContainText("less than a line");
});

test("the documents list filters and counts by the record, and sorts by its date", async ({ page, request }) => {
  const stamp = Date.now();
  const make = async (title: string, metadata: Record<string, string>) => {
    const { id } = await (await request.post("/api/documents", { data: { title: `${title} ${stamp}`, text: `${title} ${stamp}: the text.` } })).json();
    await request.patch(`/api/documents/${id}`, { data: { metadata } });
  };
  await make("Estimate", { date: "1955/1956", classification: "SECRET", type: "estimate" });
  await make("Telegram", { date: "1954-03", classification: "SECRET", type: "telegram" });
  await make("Memo", { date: "1953", classification: "TOP SECRET", type: "memorandum" });

  await page.goto(`/?q=${stamp}`);
  const filters = page.getByRole("form", { name: "Filter by record" });
  await expect(filters.getByRole("group", { name: "Classification" })).toContainText("SECRET2");
  await filters.getByRole("checkbox", { name: /^SECRET/ }).check();
  await filters.getByLabel("Order").selectOption("date");
  await filters.getByRole("button", { name: "Apply" }).click();
  const titles = page.locator(".doc-table tbody .doc-table__title a");
  await expect(titles).toHaveText([`Telegram ${stamp}`, `Estimate ${stamp}`]);
  await expect(page.locator(".doc-table tbody tr").first()).toContainText("March 1954");
  // Classification counts without its own filter: the other value stays in view.
  await expect(filters.getByRole("group", { name: "Classification" })).toContainText("TOP SECRET1");
  await filters.getByLabel("From").fill("1955");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(titles).toHaveText([`Estimate ${stamp}`]);
  await filters.getByLabel("From").fill("March 1955");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "dateFrom" })).toBeVisible();
  await filters.getByRole("link", { name: "Clear filters" }).click();
  await expect(titles).toHaveCount(3);
  await filters.getByRole("checkbox", { name: /^SECRET/ }).check();
  await filters.getByRole("button", { name: "Apply" }).click();
  await expectAccessible(page, "the documents list with its filters");
  await shots(page, "documents-filtered");

  // Search: the same filters, with the counts of the documents with a hit.
  await page.goto(`/search?q=${stamp}&classification=TOP%20SECRET`);
  const results = page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 2 });
  await expect(results).toHaveText([`Memo ${stamp}`]);
  await expect(page.getByRole("form", { name: "Filter by record" }).getByRole("group", { name: "Classification" })).toContainText("TOP SECRET1");
  await expectAccessible(page, "search filtered by the record");
  await shots(page, "search-filtered");
});
