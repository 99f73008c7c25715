import { expect, test } from "./fixtures/users";
import { getDocumentJson, importDocument } from "./fixtures/documents";

test("the history compares any two revisions, shows old text and reverts without rewriting", async ({ page, request }) => {
  const { id } = await importDocument(request, "history", "Fedor I. Lylich Kunov and Genserslov");
  const raw = (await getDocumentJson(request, id)).text;
  const one = raw.replace("Lylich", "[Il'ich]");
  const two = one.replace("Genserslov", "Generalov");
  for (const [baseSeq, text, message] of [[0, one, "Bracket the patronymic"], [1, two, "Fix Generalov"]] as const) {
    const res = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq, text, message } });
    expect(res.status()).toBe(201);
  }
  await page.goto(`/documents/${id}/history`);
  // Default comparison: raw OCR → head.
  const diff = page.getByLabel("Differences");
  await expect(diff.locator("del")).toHaveText(["Lylich", "Genserslov"]);
  await expect(diff.locator("ins")).toHaveText(["[Il'ich]", "Generalov"]);

  await page.getByLabel("From").selectOption("1");
  await page.getByLabel("To").selectOption("2");
  await page.getByRole("button", { name: "Show differences" }).click();
  await expect(diff.locator("del")).toHaveText(["Genserslov"]);

  await page.getByRole("row", { name: /Bracket the patronymic/ }).getByRole("link", { name: "Text" }).click();
  await expect(page.getByRole("region", { name: "Text at revision 1", exact: true })).toContainText("[Il'ich] Kunov and Genserslov");

  await page.goBack();
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("row", { name: /Imported raw OCR/ }).getByRole("button", { name: "Revert to this" }).click();
  await expect(page.getByRole("row", { name: /Revert to the raw OCR/ })).toBeVisible();
  const doc = await getDocumentJson(request, id);
  expect(doc.headSeq).toBe(3);
  expect(doc.text).toBe(raw);
  const revisions = (await (await request.get(`/api/documents/${id}/revisions`)).json()).items;
  expect(revisions.map((r: { seq: number }) => r.seq)).toEqual([0, 1, 2, 3]);
});
