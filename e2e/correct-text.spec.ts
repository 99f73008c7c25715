import { expect, test } from "./fixtures/users";
import { SAMPLE, editor, getDocumentJson, importDocument, selectInEditor } from "./fixtures/documents";

test("an admin corrects Genserslov to Generalov, saves, and sees it in the history", async ({ page, request }) => {
  const { id } = await importDocument(request, "CSDB-18851 copy", SAMPLE);
  await page.goto(`/documents/${id}`);

  await selectInEditor(page, "Genserslov");
  await page.keyboard.type("Generalov");
  await expect(page.getByRole("status").filter({ hasText: "Unsaved: 1 word changed" })).toBeVisible();
  await page.getByRole("textbox", { name: "Describe your correction" }).fill("Genserslov → Generalov");
  await page.keyboard.press("Control+s");
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();

  // The stored text differs from the raw OCR by exactly this correction.
  const doc = await getDocumentJson(request, id);
  expect(doc.headSeq).toBe(1);
  expect(doc.text).toBe(doc.rawText.replace("Genserslov", "Generalov"));

  // Reload: the fix is there, and the raw OCR beside it is unchanged.
  await page.reload();
  await expect(editor(page)).toContainText("Otroshchenko, Generalov, and the Japanese");
  const raw = page.getByRole("region", { name: "Raw OCR", exact: true });
  await expect(raw).toContainText("Otroshchenko, Genserslov, and the Japanese");

  // History: revision 1 by the admin (who commits directly), with the word-level diff.
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("row", { name: /Genserslov → Generalov/ }).getByRole("cell", { name: "Ada Admin" })).toBeVisible();
  await page.getByRole("row", { name: /Genserslov → Generalov/ }).getByRole("link", { name: "Diff" }).click();
  const diff = page.getByLabel("Differences");
  await expect(diff.locator("del")).toHaveText(["Genserslov"]);
  await expect(diff.locator("ins")).toHaveText(["Generalov"]);
  await expect(diff.getByText(/unchanged characters/).first()).toBeVisible();
});

test("saving with no edit changes nothing, and an edit keeps every tab, space, blank line and page break", async ({ page, request }) => {
  const text = "COUNTRY\tUSSR\t\tREPORT NO.\n\n\n   three spaces  two\f\fPAGE 3 <script>alert(1)</script>\n\tend\n";
  const { id } = await importDocument(request, "whitespace", text);
  const before = await getDocumentJson(request, id);
  await page.goto(`/documents/${id}`);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  await expect(editor(page).locator(".page-break")).toHaveCount(2);
  await expect(editor(page)).toContainText("<script>alert(1)</script>");

  await selectInEditor(page, "REPORT");
  await page.keyboard.type("Report");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved as revision 1.")).toBeVisible();
  const after = await getDocumentJson(request, id);
  expect(after.text).toBe(before.text.replace("REPORT", "Report"));
});

test("leaving with unsaved changes asks first", async ({ page, request }) => {
  const { id } = await importDocument(request, "leave", "Some OCR text to edit.");
  await page.goto(`/documents/${id}`);
  await selectInEditor(page, "edit");
  await page.keyboard.type("fix");
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: "Documents", exact: true }).click();
  expect(asked).toContain("unsaved");
  await expect(page).toHaveURL(new RegExp(`/documents/${id}$`));
});

test("on a narrow screen the raw OCR is one click away and the edit survives the switch", async ({ page, request }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const { id } = await importDocument(request, "narrow", "Genserslov arrived in Tokyo.");
  await page.goto(`/documents/${id}`);
  const raw = page.getByRole("region", { name: "Raw OCR", exact: true });
  await expect(raw).toBeHidden();
  await selectInEditor(page, "Genserslov");
  await page.keyboard.type("Generalov");

  const toggle = page.getByRole("button", { name: "Raw OCR" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(raw).toContainText("Genserslov arrived");
  await expect(editor(page)).toBeHidden();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  await toggle.click();
  await expect(editor(page)).toContainText("Generalov arrived");
  await expect(page.getByRole("status").filter({ hasText: /^Unsaved: / })).toBeVisible();
});

test("side by side, the raw OCR follows the editor's scrolling", async ({ page, request }) => {
  const { id } = await importDocument(request, "scroll", SAMPLE);
  await page.goto(`/documents/${id}`);
  const raw = page.getByRole("region", { name: "Raw OCR", exact: true });
  await expect(raw).toBeVisible();
  await editor(page).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => raw.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const rawAtEnd = await raw.evaluate((el) => Math.abs(el.scrollTop + el.clientHeight - el.scrollHeight) < 2);
  expect(rawAtEnd).toBe(true);
});
