import { expectAccessible } from "./fixtures/axe";
import { expect, test } from "./fixtures/users";

// The Record tab (issue 25): what a typescript's header says, accepted one by one or all at once,
// and the record edited by hand, a wrong date refused by name.

test("a reviewer accepts what the header says and edits the record by hand", async ({ page, request }) => {
  const stamp = Date.now();
  const text = `SECRET\n\nTELEGRAM\n\nFROM:     Secretary of State\nTO:       Embassy in Tokyo\n\nWashington, October 12, 1949, 7 p. m.\n\n${stamp}. Text of the telegram follows.`;
  const { id } = await (await request.post("/api/documents", { data: { title: `Telegram ${stamp}`, text } })).json();

  await page.goto(`/documents/${id}/record`);
  await expect(page.getByRole("tab", { name: "Record" }).or(page.getByRole("link", { name: "Record" }))).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Nothing is recorded about this document yet.")).toBeVisible();
  const header = page.getByRole("region", { name: "What the header says" });
  await expect(header).toContainText("Classification: SECRET from “SECRET”");
  await expect(header).toContainText("Date: 1949-10-12 from “October 12, 1949”");
  await expectAccessible(page, "the Record tab with suggestions");

  await header.getByRole("button", { name: "Accept Classification: SECRET" }).click();
  const record = page.getByRole("region", { name: "Record" });
  await expect(record.getByRole("definition").filter({ hasText: "SECRET" })).toBeVisible();
  await expect(header).not.toContainText("Classification");
  await header.getByRole("button", { name: "Accept all" }).click();
  await expect(record).toContainText("12 October 1949 (1949-10-12)");
  await expect(record).toContainText("telegram");
  // Names the registry does not know are shown, not offered: a person field takes names from Entities.
  await expect(header).toContainText(/Originator: Secretary of State from “Secretary of State”\s*not in Entities/);
  await expect(header.getByRole("button")).toHaveCount(0);

  await record.getByRole("button", { name: "Edit record" }).click();
  const form = page.getByRole("form", { name: "Edit the record" });
  await form.getByRole("textbox", { name: /^Date/ }).fill("1949-02-30");
  await form.getByRole("checkbox", { name: "NOFORN" }).check();
  await form.getByRole("button", { name: "Save record" }).click();
  await expect(form.getByRole("alert")).toContainText("Date: “1949-02-30”: February 1949 has no day 30");
  await expectAccessible(page, "the record form with an error");
  await page.setViewportSize({ width: 1440, height: 1100 });
  await page.screenshot({ path: "test-results/screens/record-form-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
  await page.screenshot({ path: "test-results/screens/record-form-390.png", fullPage: true });
  await form.getByRole("textbox", { name: /^Date/ }).fill("1949-10-12~");
  await form.getByRole("button", { name: "Save record" }).click();
  await expect(record).toContainText("about 12 October 1949 (1949-10-12~)");
  await expect(record).toContainText("NOFORN");
  const saved = await (await request.get(`/api/documents/${id}`)).json();
  expect(saved.metadata).toMatchObject({ classification: "SECRET", caveats: ["NOFORN"], date: "1949-10-12~", type: "telegram" });
});
