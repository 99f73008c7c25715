import { expect, pageAs, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";

// Double keying (issue 26): two correctors key one document independently; the reviewer decides
// where they differ, and the agreement is counted per person.

test("two correctors key a document; the reviewer decides each difference and the document is saved once", async ({ browser, request, apiAs }) => {
  const stamp = Date.now();
  const collection = await (await request.post("/api/collections", { data: { name: `Keyed ${stamp}` } })).json();
  expect((await request.patch(`/api/collections/${collection.id}`, { data: { doubleKeying: true } })).status()).toBe(200);
  const base = `Keyed ${stamp}: Comrade Il'inh met Genserslov in Tokio.`;
  const doc = await (await request.post("/api/documents", { data: { title: `Keyed ${stamp}`, text: base, collectionId: collection.id } })).json();
  const [cora, carl] = [await apiAs("cora"), await apiAs("carl")];
  // Cora's next task is the document; after her keying, Carl's is too; after his, nobody else's.
  expect((await (await cora.get(`/api/next-task?collectionId=${collection.id}`)).json()).documentId).toBe(doc.id);
  await cora.post(`/api/documents/${doc.id}/proposals`, { data: { baseSeq: 0, text: base.replace("Il'inh", "Il'ich").replace("Genserslov", "Generalov"), message: "keyed" } });
  expect((await (await carl.get(`/api/next-task?collectionId=${collection.id}`)).json()).documentId).toBe(doc.id);
  await carl.post(`/api/documents/${doc.id}/proposals`, { data: { baseSeq: 0, text: base.replace("Il'inh", "Il'ich").replace("Genserslov", "Generalov").replace("Tokio", "Tokyo"), message: "keyed" } });
  expect((await (await apiAs("rob")).get(`/api/next-task?collectionId=${collection.id}`)).status()).toBe(204);

  const rita = await pageAs(browser, "rita");
  await rita.goto(`/documents/${doc.id}/proposals`);
  await rita.getByRole("link", { name: "compare the two keyings" }).click();
  await expect(rita.getByText(/They read \d+ % of the words alike and differ in 1 place/)).toBeVisible();
  const difference = rita.getByRole("group", { name: "Difference 1" });
  await expect(difference).toContainText("Tokio");
  await expect(difference.locator("ins")).toHaveText(["Tokyo"]);
  await expectAccessible(rita, "the double keying view");
  await rita.screenshot({ path: "test-results/screens/keying-1440.png", fullPage: true });
  await rita.setViewportSize({ width: 390, height: 844 });
  await rita.screenshot({ path: "test-results/screens/keying-390.png", fullPage: true });
  await difference.getByLabel("Keep Carl Corrector's").check();
  await rita.getByRole("button", { name: "Save the document" }).click();
  await expect(rita.getByText("Saved as revision 1: 0 places as Cora Corrector read them, 1 as Carl Corrector did.")).toBeVisible();
  const saved = await (await request.get(`/api/documents/${doc.id}`)).json();
  expect(saved.text).toBe(base.replace("Il'inh", "Il'ich").replace("Genserslov", "Generalov").replace("Tokio", "Tokyo"));
  await rita.context().close();
});
