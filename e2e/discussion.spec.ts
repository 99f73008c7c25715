import { expect, pageAs, test } from "./fixtures/users";
import { expectAccessible } from "./fixtures/axe";

// Discussion and notifications (issue 26): a thread with a mention, the mentioned person's inbox
// updating live, a reply, resolution; the collection's guidelines; e-mail settings.

test("a mention reaches the inbox at once; the thread is answered and resolved; Markdown renders without HTML", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const doc = await (await request.post("/api/documents", { data: { title: `Discussed ${stamp}`, text: `Discussed ${stamp}: report by Genserslov.` } })).json();
  const [rita, cora] = [await pageAs(browser, "rita"), await pageAs(browser, "cora")];
  // Cora is somewhere else in the app, with her inbox count in the header.
  await cora.goto("/work");
  const coraInbox = cora.getByRole("link", { name: /^Inbox/ });
  const unreadBefore = Number((await coraInbox.textContent())?.match(/\d+/)?.[0] ?? 0);

  await rita.goto(`/documents/${doc.id}/discussion`);
  await expect(rita.getByText("No discussion yet.")).toBeVisible();
  const form = rita.getByRole("form", { name: "New comment" });
  await form.getByLabel("New comment").fill("@cora is this **Generalov**? <img src=x onerror=alert(1)>");
  await form.getByRole("button", { name: "Comment" }).click();
  const thread = rita.getByRole("article").filter({ hasText: "is this" });
  await expect(thread.locator("strong", { hasText: "Generalov" })).toBeVisible();
  await expect(thread.locator("img")).toHaveCount(0);
  await expect(rita.getByRole("link", { name: "Discussion (1)" })).toBeVisible();

  // Her header counts it without a reload, and the inbox leads to the thread.
  await expect(coraInbox).toContainText(String(unreadBefore + 1));
  await coraInbox.click();
  const mention = cora.getByRole("link", { name: new RegExp(`Rita Reviewer mentioned you on “Discussed ${stamp}”`) });
  await expect(mention).toBeVisible();
  await cora.screenshot({ path: "test-results/screens/inbox-1440.png", fullPage: true });
  await cora.setViewportSize({ width: 390, height: 844 });
  await cora.screenshot({ path: "test-results/screens/inbox-390.png", fullPage: true });
  await cora.setViewportSize({ width: 1440, height: 900 });
  await mention.click();
  await cora.waitForURL(/\/discussion#comment-/);
  await expect(cora.getByRole("link", { name: /^Inbox/ })).not.toContainText(String(unreadBefore + 1));

  await cora.getByRole("button", { name: "Reply" }).click();
  await cora.getByRole("textbox", { name: "Reply" }).fill("Yes: the *s* is a long *a* in this typeface.");
  await cora.getByRole("form", { name: "Reply" }).getByRole("button", { name: "Reply" }).click();
  await expect(cora.locator(".thread__replies em", { hasText: "s" }).first()).toBeVisible();

  await rita.reload();
  await rita.getByRole("button", { name: "Resolve" }).click();
  await expect(rita.getByText(/Resolved by Rita Reviewer on/)).toBeHidden();
  await rita.getByText("1 resolved thread").click();
  await expect(rita.getByText(/Resolved by Rita Reviewer on/)).toBeVisible();
  await expect(rita.getByRole("link", { name: "Discussion", exact: true })).toBeVisible();
  await expectAccessible(rita, "the Discussion tab with a resolved thread");
  await rita.screenshot({ path: "test-results/screens/discussion-1440.png", fullPage: true });
  await rita.setViewportSize({ width: 390, height: 844 });
  await rita.screenshot({ path: "test-results/screens/discussion-390.png", fullPage: true });

  // Through the API: the thread, its reply and its resolution.
  const threads = (await (await request.get(`/api/documents/${doc.id}/comments`)).json()).items;
  expect(threads).toEqual([expect.objectContaining({ author: expect.objectContaining({ name: "Rita Reviewer" }), resolved: expect.objectContaining({ by: "Rita Reviewer" }), replies: [expect.objectContaining({ body: "Yes: the *s* is a long *a* in this typeface." })] })]);
  await rita.context().close();
  await cora.context().close();
});

test("the collection's guidelines are one click from the editor, and e-mail settings say when the server sends none", async ({ browser, request }) => {
  const stamp = Date.now();
  const doc = await (await request.post("/api/documents", { data: { title: `Guided ${stamp}`, text: `Guided ${stamp}: report.` } })).json();
  const put = await request.put(`/api/collections/${doc.collectionId}/guidelines`, { data: { markdown: "# House rules\n\n- Keep the typist's spellings.\n- Mark doubtful readings as *uncertain*." } });
  expect(put.status()).toBe(200);
  const cora = await pageAs(browser, "cora");
  await cora.goto(`/documents/${doc.id}`);
  const link = cora.getByRole("link", { name: /^Guidelines/ });
  await cora.goto((await link.getAttribute("href"))!);
  await expect(cora.getByRole("heading", { name: "House rules" })).toBeVisible();
  await expect(cora.getByRole("listitem").filter({ hasText: "Keep the typist's spellings." })).toBeVisible();
  await expectAccessible(cora, "the guidelines");

  await cora.goto("/account");
  const settings = cora.getByRole("form", { name: "E-mail notifications" });
  await expect(settings.getByRole("note")).toContainText("This server sends no e-mail");
  await settings.getByLabel("E-mail address").fill("cora@example.org");
  await settings.getByRole("button", { name: "Save e-mail settings" }).click();
  await expect(settings.getByRole("status")).toHaveText("Saved.");
  await cora.reload();
  await expect(cora.getByLabel("E-mail address")).toHaveValue("cora@example.org");
  await cora.screenshot({ path: "test-results/screens/account-email-1440.png", fullPage: true });
  await cora.setViewportSize({ width: 390, height: 844 });
  await cora.screenshot({ path: "test-results/screens/account-email-390.png", fullPage: true });
  await cora.context().close();
});
