import { expect, pageAs, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";

// Quality by sampling (issue 26): a reviewer audits a collection's approved documents, checking
// drawn lines and fixing what is left; the figures estimate the remaining CER with an interval.

test("a reviewer audits the approved text: draws lines, fixes one, keeps another, and reads the estimate", async ({ browser, request, apiAs }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const collection = await (await request.post("/api/collections", { data: { name: `Audited ${stamp}` } })).json();
  const [cora, rita] = [await apiAs("cora"), await apiAs("rita")];
  for (const n of [1, 2]) {
    const text = Array.from({ length: 6 }, (_, i) => `Memo ${n} line ${i + 1}: the steamer left Odessa for the port.`).join("\n");
    const doc = await (await request.post("/api/documents", { data: { title: `Memo ${n} ${stamp}`, text, collectionId: collection.id } })).json();
    expect((await cora.post(`/api/documents/${doc.id}/status`, { data: { status: "corrected" } })).status()).toBe(200);
    expect((await rita.post(`/api/documents/${doc.id}/status`, { data: { status: "approved" } })).status()).toBe(200);
  }

  const page = await pageAs(browser, "rita");
  await page.goto(`/collections/${collection.id}`);
  await page.getByRole("link", { name: "Audits" }).click();
  const form = page.getByRole("form", { name: "Start an audit" });
  await expect(form).toContainText("12 lines");
  await form.getByLabel("Lines to check").fill("6");
  await form.getByRole("button", { name: "Draw the sample" }).click();
  await page.waitForURL(/\/audits\/\w+$/);
  const lines = page.getByRole("list", { name: "Lines to check" }).getByRole("textbox");
  await expect(lines).toHaveCount(6);

  // The first line has an error left: fix it. The next is right: keep it (Enter).
  const first = lines.first();
  const before = await first.inputValue();
  await first.fill(before.replace("steamer", "steamship"));
  await first.press("Enter");
  await expect(lines).toHaveCount(5);
  await expect(lines.first()).toBeFocused();
  await lines.first().press("Enter");
  await expect(lines).toHaveCount(4);
  const summary = page.getByRole("region", { name: "Figures so far" });
  await expect(summary).toContainText("2 of 6 lines checked");
  await expect(summary).toContainText(/Remaining character error rate of the approved text: \d+\.\d+ % \(95 % interval/);
  await expectAccessible(page, "an audit in progress");
  await page.screenshot({ path: "test-results/screens/audit-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screens/audit-390.png", fullPage: true });

  // The API answers the contract's figures; the fix is an ordinary revision.
  const auditId = page.url().split("/").pop();
  const audit = await (await request.get(`/api/audits/${auditId}?lines=1`)).json();
  expect(audit).toMatchObject({ sampleSize: 6, checked: 2, errors: 4, remainingCer: { estimate: expect.any(Number), low: expect.any(Number), high: expect.any(Number) } });
  // “steamer” → “steamship”: two letters changed, two added.
  const fixed = audit.lines.find((l: { errors: number | null }) => l.errors === 4);
  const revisions = (await (await request.get(`/api/documents/${fixed.documentId}/revisions`)).json()).items;
  expect(revisions.at(-1).message).toMatch(/^Audit: line \d+, “.*steamer.*” → “.*steamship.*”/);
  await page.context().close();
});
