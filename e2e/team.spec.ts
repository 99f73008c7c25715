import { expect, pageAs, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";
import { editor, selectInEditor } from "./fixtures/documents";

// A team working through an archive (issue 26): documents assigned from the list, each person's
// work and the next task, and two people on one document seeing each other and each other's saves.

test("two people on one document see each other, and a revision one saves reaches the other at once, merged in without a save", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const doc = await (await request.post("/api/documents", { data: { title: `Live ${stamp}`, text: `Live ${stamp}: Comrade Il'inh met Genserslov in Tokio.` } })).json();
  const [rita, cora] = [await pageAs(browser, "rita"), await pageAs(browser, "cora")];
  await rita.goto(`/documents/${doc.id}`);
  await expect(editor(rita)).toBeVisible();
  await cora.goto(`/documents/${doc.id}`);

  // Each sees who else is editing, and since when (a soft lock: nothing is blocked).
  await expect(cora.getByText(/^Rita Reviewer is editing, since \d\d:\d\d/)).toBeVisible();
  await expect(rita.getByText(/^Cora Corrector is editing, since \d\d:\d\d/)).toBeVisible();
  const presence = await (await request.get(`/api/documents/${doc.id}/presence`)).json();
  expect(presence.items.map((p: { name: string }) => p.name).sort()).toEqual(["Cora Corrector", "Rita Reviewer"]);

  // Cora fixes a word, unsaved; Rita saves another. Cora hears of it before saving anything.
  await selectInEditor(cora, "Tokio");
  await cora.keyboard.type("Tokyo");
  await selectInEditor(rita, "Genserslov");
  await rita.keyboard.type("Generalov");
  await rita.keyboard.press("Control+s");
  await expect(rita.getByText("Saved as revision 1.")).toBeVisible();
  const news = cora.getByRole("status").filter({ hasText: "Revision 1 by Rita Reviewer, 1 word, saved while you were editing." });
  await expect(news).toBeVisible();
  await expectAccessible(cora, "the editor with live notices");
  await cora.screenshot({ path: "test-results/screens/live-notices-1440.png" });
  await cora.setViewportSize({ width: 390, height: 844 });
  await cora.screenshot({ path: "test-results/screens/live-notices-390.png" });
  await cora.setViewportSize({ width: 1440, height: 900 });

  // Merge now: Rita's fix comes into Cora's editor, and Cora's own change stays, unsaved.
  await news.getByRole("button", { name: "Merge now" }).click();
  await expect(cora.getByText("Revision 1 merged into the editor. Your own changes are still unsaved.")).toBeVisible();
  await expect(editor(cora)).toContainText("met Generalov in Tokyo.");
  await expect(news).toBeHidden();
  // Her proposal, made now, starts from revision 1: it carries only her own word.
  await cora.keyboard.press("Control+s");
  await expect(cora.getByText("Your correction was sent to a reviewer.")).toBeVisible();
  const proposals = await (await request.get(`/api/documents/${doc.id}/proposals`)).json();
  expect(proposals.items.map((p: { baseSeq: number }) => p.baseSeq)).toEqual([1]);

  // Rita leaves: Cora's notice of her goes at once, not after the idle time.
  await rita.goto("/");
  await expect(cora.getByText(/Rita Reviewer is editing/)).toBeHidden();
  await rita.context().close();
  await cora.context().close();
});

test("a reviewer assigns documents from the list; the corrector finds them in My work and the next task opens them first", async ({ browser, request, apiAs }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const collection = await (await request.post("/api/collections", { data: { name: `Team ${stamp}` } })).json();
  for (const title of ["Alpha", "Bravo", "Charlie", "Delta"]) {
    expect((await request.post("/api/documents", { data: { title: `${title} ${stamp}`, text: `${title} ${stamp}: report by Genserslov.`, collectionId: collection.id } })).status()).toBe(201);
  }
  const rita = await pageAs(browser, "rita");
  await rita.goto(`/?collectionId=${collection.id}&sort=date`);
  const bar = rita.getByRole("form", { name: "Assign selected documents" });
  await expect(bar).toContainText("Tick documents to assign them");
  // Tick one, Shift-click another: the range between is ticked too.
  const boxes = rita.getByRole("checkbox", { name: /^Select / });
  await expect(boxes).toHaveCount(4);
  const titles = await rita.locator(".doc-table tbody .doc-table__title a").allTextContents();
  await rita.getByRole("checkbox", { name: `Select ${titles[0]}` }).click();
  await rita.getByRole("checkbox", { name: `Select ${titles[2]}` }).click({ modifiers: ["Shift"] });
  await expect(bar).toContainText("3 documents selected");
  await bar.getByLabel("To").selectOption({ label: "Cora Corrector (corrector)" });
  await bar.getByLabel("Due").fill("2027-01-31");
  await rita.screenshot({ path: "test-results/screens/assign-bar-1440.png", fullPage: true });
  await bar.getByRole("button", { name: "Assign" }).click();
  await expect(bar.getByRole("status").filter({ hasText: "Assigned 3 documents to Cora Corrector." })).toBeVisible();
  await expect(rita.getByRole("row", { name: new RegExp(titles[1]) })).toContainText("Cora Corrector · due 31 Jan 2027");
  // The fourth is raised to high priority.
  await rita.getByRole("checkbox", { name: `Select ${titles[3]}` }).check();
  await bar.getByLabel("Priority").selectOption("high");
  await bar.getByRole("button", { name: "Set priority" }).click();
  await expect(rita.getByRole("row", { name: new RegExp(titles[3]) })).toContainText("high priority");
  await rita.setViewportSize({ width: 390, height: 844 });
  await rita.screenshot({ path: "test-results/screens/assign-bar-390.png", fullPage: true });
  await expectAccessible(rita, "the documents list with the assign bar");

  // Cora's work lists the three, due first; her next task is the first of them, by N on the list.
  const cora = await pageAs(browser, "cora");
  await cora.goto("/work");
  const assigned = cora.getByRole("region", { name: /Assigned to you/ });
  for (const t of titles.slice(0, 3)) await expect(assigned).toContainText(t);
  await expect(assigned).toContainText("Rita Reviewer");
  await cora.screenshot({ path: "test-results/screens/my-work-1440.png", fullPage: true });
  await cora.setViewportSize({ width: 390, height: 844 });
  await cora.screenshot({ path: "test-results/screens/my-work-390.png", fullPage: true });
  await cora.setViewportSize({ width: 1440, height: 900 });
  await cora.goto(`/?collectionId=${collection.id}`);
  await cora.keyboard.press("n");
  await cora.waitForURL(/\/documents\/\w+$/);
  const opened = await cora.getByRole("heading", { level: 1 }).textContent();
  expect(titles.slice(0, 3)).toContain(opened);

  // Carl, unassigned, is handed the high-priority one; nobody is handed a document twice.
  const carl = await apiAs("carl");
  const next = await (await carl.get(`/api/next-task?collectionId=${collection.id}`)).json();
  expect(next).toMatchObject({ kind: "correct", title: titles[3], assigned: false, href: `/documents/${next.documentId}` });
  const rob = await apiAs("rob");
  expect((await rob.get(`/api/next-task?collectionId=${collection.id}`)).status()).toBe(204);

  // A reviewer's next task from the review queue: Cora's proposal waits, so something opens.
  const coraApi = await apiAs("cora");
  const delta = await (await request.post("/api/documents", { data: { title: `Proposed ${stamp}`, text: `Proposed ${stamp}: Genserslov.` } })).json();
  expect((await coraApi.post(`/api/documents/${delta.id}/proposals`, { data: { baseSeq: 0, text: `Proposed ${stamp}: Generalov.`, message: "name" } })).status()).toBe(201);
  await rita.setViewportSize({ width: 1440, height: 900 });
  await rita.goto("/review");
  await rita.getByRole("button", { name: "Next to review" }).click();
  await rita.waitForURL(/\/(proposals|changesets|documents)\/\w+/);
  await rita.context().close();
  await cora.context().close();
});
