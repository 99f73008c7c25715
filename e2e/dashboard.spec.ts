import { expect, test } from "./fixtures/users";

test("a collection's dashboard: charts with their numbers as tables, downloads as CSV and JSON, and the same numbers from the API", async ({ page, request }) => {
  const collection = await (await request.post("/api/collections", { data: { name: `Dashboard ${Date.now()} ${Math.random()}` } })).json();
  const raw = "Nikolay lvanovich Genserslov was the head of the rnission.";
  const doc = await (await request.post("/api/documents", { data: { title: "Dashboard report", text: raw, collectionId: collection.id } })).json();
  await request.post("/api/documents", { data: { title: "Untouched report", text: "Nothing corrected here.", collectionId: collection.id } });
  const saved = await request.post(`/api/documents/${doc.id}/revisions`, { data: { baseSeq: 0, text: raw.replace("lvanovich", "Ivanovich").replace("Genserslov", "Generalov").replace("rnission", "mission"), message: "Fix" } });
  expect(saved.status()).toBe(201);

  // The rates are worked out just after the save.
  await expect.poll(async () => (await (await request.get(`/api/collections/${collection.id}/metrics`)).json()).documents.find((d: { documentId: string }) => d.documentId === doc.id).cer).toBeGreaterThan(0);
  const metrics = await (await request.get(`/api/collections/${collection.id}/metrics`)).json();
  const fixed = metrics.documents.find((d: { documentId: string }) => d.documentId === doc.id);
  // lvanovich→Ivanovich (1), Genserslov→Generalov (2), rnission→mission (2) over 56 characters; 3 of 9 words.
  expect(fixed.cer).toBeCloseTo(5 / 56, 5);
  expect(fixed.wer).toBeCloseTo(3 / 9, 5);
  expect(metrics.correctionsPerPerson).toEqual([{ name: "Ada Admin", revisions: 1, charactersChanged: expect.any(Number) }]);
  expect(metrics.confusions.map((c: { from: string; to: string }) => `${c.from}→${c.to}`)).toEqual(expect.arrayContaining(["rn→m"]));
  expect(metrics.statusOverTime.at(-1)).toMatchObject({ raw: 1, in_progress: 1 });

  await page.goto(`/collections/${collection.id}`);
  await page.getByRole("main").getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: /^Dashboard: Dashboard/ })).toBeVisible();
  // One document in progress, none marked corrected: the headline credits no corrected document.
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("0 corrected, 1 in progress, 1 raw OCR");
  await expect(summary).not.toContainText("needed a mean");
  const perPerson = page.getByRole("figure", { name: "Corrections per person" });
  await expect(perPerson.locator(".plot-chart svg")).toBeVisible();
  await perPerson.getByText("The numbers as a table").click();
  await expect(perPerson.getByRole("cell", { name: "Ada Admin" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "Age of waiting proposals" }).getByText("No proposal is waiting.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Dashboard report" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), perPerson.getByRole("link", { name: "CSV" }).click()]);
  const csv = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(csv).toString("utf8")).toMatch(/^name,revisions,charactersChanged\r\nAda Admin,1,\d+\r\n$/);
  const json = await (await request.get(`/api/collections/${collection.id}/metrics?series=confusions&format=json`)).json();
  expect(json).toEqual(metrics.confusions);
  expect((await request.get(`/api/collections/${collection.id}/metrics?series=nonsense`)).status()).toBe(422);
  await page.screenshot({ path: "test-results/screens/dashboard-journey-1440.png", fullPage: true });
});
