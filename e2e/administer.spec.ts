import { editor } from "./fixtures/documents";
import { addUserOnUsersPage, expect, pageAs, submitSignIn, test } from "./fixtures/users";

test("an admin creates a user, changes the role, disables and re-enables the account with a new password", async ({ page, browser }) => {
  const username = `tess${Date.now() % 100000}`;
  await page.goto("/admin/users");
  await addUserOnUsersPage(page, { username, displayName: "Tess Temp", password: "tess first password", role: "viewer" });
  const row = page.getByRole("row").filter({ hasText: "Tess Temp" });
  await expect(row).toBeVisible();

  // A browser of her own, signed in as nobody (the project's default is the admin's session).
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const tess = await context.newPage();
  const signIn = async (password: string) => {
    await tess.goto("/sign-in");
    await submitSignIn(tess, username, password);
  };
  await signIn("tess first password");
  await expect(tess.getByRole("banner")).toContainText("Viewer");

  await row.getByLabel(`Role of ${username}`).selectOption("corrector");
  await expect(row.getByLabel(`Role of ${username}`)).toHaveValue("corrector");
  await tess.reload();
  await expect(tess.getByRole("banner")).toContainText("Corrector");

  // Disabling signs the person out everywhere.
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByText("Disabled")).toBeVisible();
  await tess.reload();
  await expect(tess).toHaveURL(/\/sign-in/);
  await signIn("tess first password");
  await expect(tess.getByRole("alert").filter({ hasText: "Wrong username or password" })).toBeVisible();

  await row.getByRole("button", { name: "Enable" }).click();
  page.once("dialog", (d) => void d.accept("tess second password"));
  await row.getByRole("button", { name: "Set password" }).click();
  await expect(row.getByText("Active")).toBeVisible();
  await signIn("tess second password");
  await expect(tess.getByRole("heading", { name: "Documents" })).toBeVisible();
  await context.close();
});

test("an admin makes reviewers propose in a collection; a reviewer there then proposes instead of saving", async ({ page, request, browser }) => {
  const collection = await (await request.post("/api/collections", { data: { name: `Strict ${Date.now()} ${Math.random()}` } })).json();
  const doc = await (await request.post("/api/documents", { data: { title: "strict", text: `Genserslov met Molotov ${Date.now()}`, collectionId: collection.id } })).json();
  await page.goto(`/collections/${collection.id}`);
  const policy = page.getByRole("form", { name: "Review policy" });
  await policy.getByLabel(/Reviewers may save corrections directly/).uncheck();
  await policy.getByRole("button", { name: "Save policy" }).click();
  await expect(policy.getByText("Saved.")).toBeVisible();
  const licence = page.getByRole("form", { name: "Licence" });
  await licence.getByLabel("Licence text").fill("CC BY 4.0");
  await licence.getByRole("button", { name: "Save licence" }).click();
  await expect(licence.getByText("Saved.")).toBeVisible();

  const rita = await pageAs(browser, "rita");
  await rita.goto(`/documents/${doc.id}`);
  await expect(editor(rita)).toBeVisible();
  await expect(rita.getByRole("button", { name: "Propose" })).toBeVisible();
  await expect(rita.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
  const tei = await (await request.get(`/api/documents/${doc.id}/export?format=tei`)).text();
  expect(tei).toContain("<licence>CC BY 4.0</licence>");
});
