import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test as setup } from "@playwright/test";
import { addUserOnUsersPage, AUTH_DIR, passwordOf, stateFile, submitSignIn, tokensFile, USERS, type Username } from "./fixtures/users";

// Runs first, on the fresh database `npm start` made: the setup page, the Users page, sign-in
// and the API tokens page, as the first admin and the team they create would use them.
setup("first start: the setup page creates the first admin, who creates the team; each signs in and makes an API token", async ({ page, browser }) => {
  mkdirSync(AUTH_DIR, { recursive: true });
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up the workbench" })).toBeVisible();
  await page.getByLabel("Username").fill("admin");
  await page.getByLabel("Display name").fill(USERS.admin.displayName);
  await page.getByLabel("Password", { exact: false }).first().fill(passwordOf("admin"));
  await page.getByLabel("Password again").fill(passwordOf("admin"));
  await page.getByRole("button", { name: "Create the admin account" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("banner").getByText("Ada Admin")).toBeVisible();

  for (const [username, u] of Object.entries(USERS).filter(([name]) => name !== "admin")) {
    await addUserOnUsersPage(page, { username, displayName: u.displayName, password: passwordOf(username as Username), role: u.role });
    await expect(page.getByRole("row").filter({ hasText: u.displayName })).toBeVisible();
  }
  await page.screenshot({ path: "test-results/users-page.png", fullPage: true });
  await page.context().storageState({ path: stateFile("admin") });

  // Once an account exists, the setup page sends people to sign in instead.
  const fresh = await browser.newContext();
  const anon = await fresh.newPage();
  await anon.goto("/setup");
  await expect(anon).toHaveURL(/\/sign-in$/);
  await fresh.close();

  const tokens: Record<string, string> = {};
  for (const username of Object.keys(USERS) as Username[]) {
    const context = username === "admin" ? page.context() : await browser.newContext();
    const p = username === "admin" ? page : await context.newPage();
    if (username !== "admin") {
      await p.goto("/");
      await expect(p).toHaveURL(/\/sign-in/);
      await submitSignIn(p, username, passwordOf(username));
      await expect(p.getByRole("heading", { name: "Documents" })).toBeVisible();
      await context.storageState({ path: stateFile(username) });
    }
    await p.goto("/account");
    await p.getByLabel("What is it for?").fill("e2e");
    await p.getByRole("button", { name: "Create token" }).click();
    tokens[username] = await p.getByRole("textbox", { name: "New API token" }).inputValue();
    expect(tokens[username]).toMatch(/^wbt_/);
    if (username !== "admin") await context.close();
  }
  writeFileSync(tokensFile, JSON.stringify(tokens));
});
