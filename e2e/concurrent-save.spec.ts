import { expect, test } from "./fixtures/users";
import { editor, getDocumentJson, importDocument, selectInEditor } from "./fixtures/documents";

test("a save after someone else's answers 409 and keeps the user's text", async ({ page, request }) => {
  const { id } = await importDocument(request, "race", "Nikolay Ivanovich Genserslov met Otroshchenko in Tokio.");
  await page.goto(`/documents/${id}`);
  await selectInEditor(page, "Tokio");
  await page.keyboard.type("Tokyo");

  // Someone else saves first, through the API.
  const theirs = (await getDocumentJson(request, id)).text.replace("Genserslov", "Generalov");
  const res = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: theirs, message: "theirs" } });
  expect(res.status()).toBe(201);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "someone else saved revision 1 while you were editing" })).toBeVisible();
  await expect(editor(page)).toContainText("met Otroshchenko in Tokyo.");
  await expect(editor(page)).toContainText("Genserslov");
  expect((await getDocumentJson(request, id)).headSeq).toBe(1);

  // The stale save answers 409 with the head seq through the API too.
  const stale = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: "x", message: "" } });
  expect(stale.status()).toBe(409);
  expect(await stale.json()).toMatchObject({ error: { code: "stale_base" }, headSeq: 1 });

  // The user chooses to save on top, knowingly.
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Save mine on top of revision 1" }).click();
  await expect(page.getByText("Saved as revision 2.")).toBeVisible();
  expect((await getDocumentJson(request, id)).text).toContain("in Tokyo.");
});
