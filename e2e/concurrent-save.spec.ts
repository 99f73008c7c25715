import { expect, pageAs, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";
import { editor, getDocumentJson, importDocument, selectInEditor } from "./fixtures/documents";

const TEXT = "Comrade Il'inh met Genserslov and Otroshchenko in Tokio.";

test("two reviewers save at once: disjoint fixes merge, the same words open the conflict view, and an overwrite names what it undoes", async ({ browser, request }) => {
  // Two browsers through four rounds of saves: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const { id } = await importDocument(request, "race", TEXT);
  const [rita, rob] = [await pageAs(browser, "rita"), await pageAs(browser, "rob")];
  await Promise.all([rita.goto(`/documents/${id}`), rob.goto(`/documents/${id}`)]);

  // Both editors opened on revision 0. Rita fixes the patronymic and saves first.
  await selectInEditor(rita, "Il'inh");
  await rita.keyboard.type("Il'ich");
  await rita.keyboard.press("Control+s");
  await expect(rita.getByText("Saved as revision 1.")).toBeVisible();

  // Rob fixed another word in the meantime: his save merges Rita's fix in, with one line saying so.
  await selectInEditor(rob, "Genserslov");
  await rob.keyboard.type("Generalov");
  await rob.keyboard.press("Control+s");
  await expect(rob.getByText("Saved as revision 2. Revision 1 by Rita Reviewer, saved while you were editing, was merged in.")).toBeVisible();
  await expect(editor(rob)).toContainText("Comrade Il'ich met Generalov");
  expect((await getDocumentJson(request, id)).text).toContain("Comrade Il'ich met Generalov and Otroshchenko in Tokio.");

  // Now both change the same word: Rita first, then Rob, who gets the conflict view.
  await selectInEditor(rita, "Tokio");
  await rita.keyboard.type("Tokyo");
  await rita.keyboard.press("Control+s");
  await expect(rita.getByText(/Saved as revision 3\. Revision 2 by Rob Reviewer/)).toBeVisible();
  await selectInEditor(rob, "Tokio");
  await rob.keyboard.type("Tokijo");
  await rob.keyboard.press("Control+s");
  await expect(rob.getByRole("alert").filter({ hasText: "Not saved: revision 3 changed the same words as you." })).toBeVisible();
  const conflict = rob.getByRole("group", { name: "Conflict 1" });
  await expect(conflict).toContainText("Tokio");
  await expect(conflict.locator("ins")).toHaveText(["Tokyo", "Tokijo"]);
  await expectAccessible(rob, "the save conflict view");
  await rob.screenshot({ path: "test-results/screens/save-conflict-1440.png", fullPage: true });

  await conflict.getByLabel("Write it anew").check();
  await conflict.getByLabel("Text for conflict 1").fill("Tokyo (typed Tokio)");
  await rob.getByRole("button", { name: "Save on top of revision 3" }).click();
  await expect(rob.getByText("Saved as revision 4.")).toBeVisible();
  await expect(editor(rob)).toContainText("in Tokyo (typed Tokio).");

  // An overwrite is an explicit choice, and its confirmation names the words of theirs it undoes.
  await selectInEditor(rita, "Otroshchenko");
  await rita.keyboard.type("Otroshenko");
  await rita.keyboard.press("Control+s");
  await expect(rita.getByText(/Saved as revision 5\./)).toBeVisible();
  await selectInEditor(rob, "Otroshchenko");
  await rob.keyboard.type("Otroshchenko-Kuz");
  await rob.keyboard.press("Control+s");
  await expect(rob.getByRole("group", { name: "Conflict 1" })).toBeVisible();
  const asked = new Promise<string>((resolve) => rob.once("dialog", (d) => (resolve(d.message()), void d.accept())));
  await rob.getByRole("button", { name: "Overwrite theirs with mine…" }).click();
  expect(await asked).toContain("“Otroshchenko” → “Otroshenko”");
  await expect(rob.getByText("Saved as revision 6.")).toBeVisible();
  const final = (await getDocumentJson(request, id)).text;
  expect(final).toContain("Comrade Il'ich met Generalov and Otroshchenko-Kuz in Tokyo (typed Tokio).");

  await Promise.all([rita.context().close(), rob.context().close()]);
});

test("the API merges a stale save, reports mergedFrom, and keeps the strict 409 on request", async ({ request }) => {
  const { id } = await importDocument(request, "race-api", TEXT);
  const base = (await getDocumentJson(request, id)).text;
  expect((await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: base.replace("Il'inh", "Il'ich"), message: "A" } })).status()).toBe(201);
  const merged = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: base.replace("Tokio", "Tokyo"), message: "B" } });
  expect(merged.status()).toBe(201);
  expect(await merged.json()).toMatchObject({ seq: 2, mergedFrom: [1] });
  expect((await getDocumentJson(request, id)).text).toContain("Il'ich met Genserslov and Otroshchenko in Tokyo");

  const conflict = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: base.replace("Il'inh", "Ilyich"), message: "C" } });
  expect(conflict.status()).toBe(409);
  expect(await conflict.json()).toMatchObject({ error: { code: "conflict", reason: "merge_conflict" }, headSeq: 2, segments: expect.any(Array) });

  const strict = await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: base.replace("Genserslov", "Generalov"), message: "D", merge: false } });
  expect(strict.status()).toBe(409);
  expect(await strict.json()).toMatchObject({ error: { code: "stale_base" }, headSeq: 2 });
});
