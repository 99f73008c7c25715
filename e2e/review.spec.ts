import { SAMPLE, editor, getDocumentJson, importDocument, selectInEditor } from "./fixtures/documents";
import { expect, pageAs, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";

test("a corrector proposes Genserslov → Generalov; a reviewer sees the diff in the queue and approves it", async ({ browser, request, apiAs }) => {
  const { id } = await importDocument(request, "propose", SAMPLE);
  const cora = await pageAs(browser, "cora");
  await cora.goto(`/documents/${id}`);
  await selectInEditor(cora, "Genserslov");
  await cora.keyboard.type("Generalov");
  await cora.getByLabel("Describe your correction").fill("Genserslov → Generalov");
  await cora.getByRole("button", { name: "Propose" }).click();
  await expect(cora.getByRole("status").filter({ hasText: "Your correction was sent to a reviewer" })).toBeVisible();
  // Her editor keeps her text, the change marked as pending; the accepted text waits for the reviewer.
  await expect(editor(cora)).toContainText("Otroshchenko, Generalov, and the Japanese");
  await expect(editor(cora).locator(".pending-change")).toHaveText(["Generalov"]);
  await cora.screenshot({ path: "test-results/screens/corrector-pending-1440.png" });
  await cora.getByRole("button", { name: "Show the accepted text" }).click();
  await expect(editor(cora)).toContainText("Otroshchenko, Genserslov, and the Japanese");
  await cora.getByRole("button", { name: "Show the accepted text" }).click();
  await expect(editor(cora)).toContainText("Otroshchenko, Generalov, and the Japanese");
  expect((await getDocumentJson(request, id)).headSeq).toBe(0);
  // After a reload too, until the proposal is decided.
  await cora.reload();
  await expect(editor(cora).locator(".pending-change")).toHaveText(["Generalov"]);

  // Her own proposal: waiting, and no way for her to approve it, neither in the UI nor the API.
  await cora.getByRole("status").filter({ hasText: "proposal on this document waiting" }).getByRole("link", { name: "Genserslov → Generalov" }).click();
  await expect(cora.getByRole("heading", { name: "Genserslov → Generalov" })).toBeVisible();
  await expect(cora.getByText("Waiting for review")).toBeVisible();
  await expect(cora.getByRole("button", { name: "Approve" })).toHaveCount(0);
  const proposalId = cora.url().split("/").pop()!;
  const asCora = await apiAs("cora");
  const selfApproval = await asCora.post(`/api/proposals/${proposalId}/approve`, { data: {} });
  expect(selfApproval.status()).toBe(403);
  // Correctors propose; the direct path is closed to them.
  expect((await asCora.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: "x", message: "m" } })).status()).toBe(403);

  const rita = await pageAs(browser, "rita");
  await rita.goto("/");
  // The header tells a reviewer that proposals wait for them.
  await expect(rita.getByRole("link", { name: /Review queue.*proposals? waiting for you/ })).toBeVisible();
  await rita.goto("/review");
  const row = rita.getByRole("row", { name: /Genserslov → Generalov/ }).filter({ hasText: "Cora Corrector" }).first();
  await expect(row).toBeVisible();
  await rita.screenshot({ path: "test-results/review-queue.png", fullPage: true });
  await row.getByRole("link", { name: "Genserslov → Generalov" }).click();
  const diff = rita.getByLabel("Differences");
  await expect(diff.locator("del")).toHaveText(["Genserslov"]);
  await expect(diff.locator("ins")).toHaveText(["Generalov"]);
  await expect(rita.getByRole("checkbox", { name: "Accept change 1: Genserslov → Generalov" })).toBeChecked();
  await rita.getByLabel("Note to the author").fill("Matches the typescript");
  await rita.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(rita).toHaveURL(/\/history\?from=0&to=1/);

  const doc = await getDocumentJson(request, id);
  expect(doc.headSeq).toBe(1);
  expect(doc.text).toContain("Otroshchenko, Generalov, and the Japanese");
  const revisions = (await (await request.get(`/api/documents/${id}/revisions`)).json()).items;
  expect(revisions[1]).toMatchObject({ author: "cora", message: "Genserslov → Generalov" });

  await cora.reload();
  await expect(cora.getByText("Approved by Rita Reviewer")).toBeVisible();
  await expect(cora.getByText("Matches the typescript")).toBeVisible();
  // The decision is news for her under "Your proposals" in the review queue, with the note.
  await cora.goto("/review");
  // Cora has proposals in other journeys too: this one is on the document titled "propose".
  const mine = cora.getByRole("region", { name: /Your proposals/ }).getByRole("listitem").filter({ hasText: "Genserslov → Generalov on propose" });
  await expect(mine).toContainText("New ·");
  await expect(mine).toContainText("Approved by Rita Reviewer");
  await expect(mine).toContainText("Matches the typescript");
  await cora.reload();
  await expect(mine).not.toContainText("New ·");
  // Decided: her editor shows the accepted text, no longer marked as pending.
  await cora.goto(`/documents/${id}`);
  await expect(editor(cora).locator(".pending-change")).toHaveCount(0);
  await cora.goto(`/documents/${id}/activity`);
  await expect(cora.getByText("Rita Reviewer approved a proposal")).toBeVisible();
  await expect(cora.getByText("Cora Corrector proposed a correction")).toBeVisible();
});

test("a viewer reads but cannot edit, annotate or save", async ({ browser, request, apiAs }) => {
  const { id } = await importDocument(request, "viewer", "Genserslov met Molotov in Tokyo.");
  const vera = await pageAs(browser, "vera");
  await vera.goto(`/documents/${id}`);
  await expect(editor(vera)).toHaveAttribute("aria-readonly", "true");
  // Read only, the text is still reached from the keyboard (axe: scrollable-region-focusable).
  await expect(editor(vera)).toHaveAttribute("tabindex", "0");
  await expectAccessible(vera, "read-only editor");
  await expect(vera.getByText("Read only")).toBeVisible();
  await expect(vera.getByRole("button", { name: /^(Save|Propose|Annotate)/ })).toHaveCount(0);
  await editor(vera).click();
  await vera.keyboard.type("XYZ");
  await expect(editor(vera)).not.toContainText("XYZ");
  const asVera = await apiAs("vera");
  expect((await asVera.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: "changed", message: "m" } })).status()).toBe(403);
  expect((await asVera.post(`/api/documents/${id}/proposals`, { data: { baseSeq: 0, text: "changed", message: "m" } })).status()).toBe(403);
  expect((await asVera.get(`/api/documents/${id}`)).status()).toBe(200);
  await vera.goto("/entities");
  await expect(vera.getByRole("heading", { name: "Add an entity" })).toHaveCount(0);
  await vera.goto("/admin/users");
  await expect(vera.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});

test("two conflicting proposals: the second goes back to its author, who resolves it in the conflict view and resubmits", async ({ browser, request, apiAs }) => {
  const { id } = await importDocument(request, "conflict", "teh cat sat on the mat near Genserslov.");
  const base = (await getDocumentJson(request, id)).text;
  const propose = async (who: "cora" | "carl", text: string, message: string) => {
    const res = await (await apiAs(who)).post(`/api/documents/${id}/proposals`, { data: { baseSeq: 0, text, message } });
    expect(res.status()).toBe(201);
    return (await res.json()).id as string;
  };
  const mine = await propose("cora", base.replace("teh", "the").replace("Genserslov", "Generalov"), "teh → the, and the name");
  const theirs = await propose("carl", base.replace("teh", "ten"), "teh → ten");
  const asRita = await apiAs("rita");
  expect((await asRita.post(`/api/proposals/${theirs}/approve`, { data: {} })).status()).toBe(200);

  const rita = await pageAs(browser, "rita");
  await rita.goto(`/proposals/${mine}`);
  await expect(rita.getByRole("heading", { name: "1 conflict with revision 1" })).toBeVisible();
  await rita.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(rita.getByRole("status").filter({ hasText: "Sent back to its author: it conflicts with revision(s) saved since revision 0" })).toBeVisible();
  await expect(rita.getByText("Conflict: author must resolve")).toBeVisible();
  expect((await getDocumentJson(request, id)).text).toBe(base.replace("teh", "ten"));

  const cora = await pageAs(browser, "cora");
  await cora.goto("/review");
  const sentBack = cora.getByRole("region", { name: "Sent back to you: resolve the conflicts" });
  await sentBack.getByRole("link", { name: "teh → the, and the name" }).click();
  const conflict = cora.getByRole("group", { name: "Conflict 1" });
  await expect(conflict.locator(".conflict__base")).toHaveText("teh");
  await expect(conflict.locator("dd ins")).toHaveText(["ten", "the"]);
  await cora.screenshot({ path: "test-results/conflict-view.png", fullPage: true });
  await conflict.getByRole("radio", { name: "Write it anew" }).check();
  await conflict.getByRole("textbox", { name: "Text for conflict 1" }).fill("The");
  await cora.getByRole("button", { name: "Resubmit against revision 1" }).click();
  await expect(cora.getByText("Waiting for review")).toBeVisible();

  expect((await asRita.post(`/api/proposals/${mine}/approve`, { data: { note: "resolved" } })).status()).toBe(200);
  // Carl's fix was overruled by Cora's resolution; her other change merged cleanly.
  expect((await getDocumentJson(request, id)).text).toBe(base.replace("teh", "The").replace("Genserslov", "Generalov"));
});

test("a reviewer approves some hunks of a proposal and leaves the others out", async ({ browser, request, apiAs }) => {
  const { id } = await importDocument(request, "hunks", "Kuzma N. Nikolayevich Derevyanko met Genserslov and Fedor I. Lylich Kunov.");
  const base = (await getDocumentJson(request, id)).text;
  const text = base.replace("Nikolayevich", "[Nikolayevich]").replace("Genserslov", "Generalov").replace("Lylich", "[Il'ich]");
  const res = await (await apiAs("cora")).post(`/api/documents/${id}/proposals`, { data: { baseSeq: 0, text, message: "three fixes" } });
  const proposalId = (await res.json()).id;

  const rita = await pageAs(browser, "rita");
  await rita.goto(`/proposals/${proposalId}`);
  await expect(rita.getByRole("checkbox")).toHaveCount(3);
  await rita.getByRole("checkbox", { name: /Accept change 2: Genserslov → Generalov/ }).uncheck();
  await rita.screenshot({ path: "test-results/proposal-review.png", fullPage: true });
  await expect(rita.getByRole("button", { name: "Approve 2 of 3 changes" })).toBeVisible();
  await rita.getByRole("textbox", { name: /note/i }).fill("Genserslov is the typist's spelling here.");
  await rita.keyboard.press("Control+Enter");
  await expect(rita).toHaveURL(/\/history/);
  expect((await getDocumentJson(request, id)).text).toBe(base.replace("Nikolayevich", "[Nikolayevich]").replace("Lylich", "[Il'ich]"));

  // The corrector's proposal page says in words what was accepted and left out, and marks it in the diff.
  const cora = await pageAs(browser, "cora");
  await cora.goto(`/proposals/${proposalId}`);
  const decision = cora.getByRole("status").filter({ hasText: "Approved by Rita Reviewer" });
  await expect(decision).toContainText("The reviewer approved 2 of 3 changes.");
  await expect(decision.getByRole("listitem")).toHaveText(["Accepted: Nikolayevich → [Nikolayevich]", "Accepted: Lylich → [Il'ich]", "Left out: Genserslov → Generalov"]);
  await expect(decision).toContainText("Genserslov is the typist's spelling here.");
  await expect(cora.locator(".diff__left-out")).toContainText(["Generalov"]);
  await expectAccessible(cora, "a partly approved proposal");
  await cora.screenshot({ path: "test-results/screens/proposal-partial-1440.png", fullPage: true });

  // Activity names the changes and carries the note; the revision's message and the TEI say what it holds.
  await cora.goto(`/documents/${id}/activity`);
  await expect(cora.getByText("Approved 2 of 3 changes; left out: Genserslov → Generalov; accepted: Nikolayevich → [Nikolayevich]; Lylich → [Il'ich]. Note: Genserslov is the typist's spelling here.")).toBeVisible();
  const tei = await (await request.get(`/api/documents/${id}/export?format=tei`)).text();
  expect(tei).toContain("three fixes (approved 2 of 3 changes; left out: Genserslov → Generalov)");
  await cora.context().close();
});

test("proofreading levels: corrected by one, approved by another; a later change sends it back with the reason", async ({ browser, request, page }) => {
  const { id } = await importDocument(request, "levels", "Genserslov met Molotov in Tokyo.");
  const rita = await pageAs(browser, "rita");
  await rita.goto(`/documents/${id}`);
  await rita.getByRole("button", { name: "Mark corrected" }).click();
  await expect(rita.locator(".doc-head").getByText("Corrected", { exact: true })).toBeVisible();
  // Four eyes: whoever marked it corrected does not approve it.
  await expect(rita.getByRole("button", { name: "Approve document" })).toHaveCount(0);
  await expect(rita.getByText("marked by Rita Reviewer; another reviewer approves")).toBeVisible();

  const rob = await pageAs(browser, "rob");
  await rob.goto(`/documents/${id}`);
  await rob.getByRole("button", { name: "Approve document" }).click();
  await expect(rob.locator(".doc-head").getByText("Approved", { exact: true })).toBeVisible();

  // Changing an approved text asks first, before anything is stored; declining stores nothing.
  await selectInEditor(rob, "Tokyo");
  await rob.keyboard.type("Tokio");
  const asked: string[] = [];
  rob.once("dialog", (d) => (asked.push(d.message()), void d.dismiss()));
  await rob.keyboard.press("Control+s");
  await expect.poll(() => asked).toEqual(["This document is approved; saving will send it back to In progress. Continue?"]);
  expect((await getDocumentJson(request, id)).headSeq).toBe(0);
  await rob.context().close();

  // The admin commits a change directly: the document falls back, and says why.
  const text = (await getDocumentJson(request, id)).text;
  expect((await request.post(`/api/documents/${id}/revisions`, { data: { baseSeq: 0, text: text.replace("Genserslov", "Generalov"), message: "late fix" } })).status()).toBe(201);
  await page.goto(`/documents/${id}`);
  await expect(page.locator(".doc-head").getByText("In progress", { exact: true })).toBeVisible();
  await expect(page.getByRole("note")).toHaveText("The text changed after it was approved");
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Progress by collection" })).toBeVisible();
  await page.screenshot({ path: "test-results/documents-progress.png" });
});
