import { importDocument } from "./fixtures/documents";
import { expect, pageAs, passwordOf, submitSignIn, test } from "./fixtures/users";

test.describe("signing in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("pages ask for sign-in; a wrong password is refused without saying whether the user exists; sign-out ends the session on the server", async ({ page, browser }) => {
    await page.goto("/review");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Freview$/);
    await page.screenshot({ path: "test-results/sign-in.png" });
    await submitSignIn(page, "cora", "not her password");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong username or password" })).toBeVisible();
    await page.getByLabel("Username").fill("nobody-at-all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong username or password" })).toBeVisible();

    await submitSignIn(page, "cora", passwordOf("cora"));
    await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Cora Corrector");
    await expect(page.getByRole("banner")).toContainText("Corrector");
    const cookie = (await page.context().cookies()).find((c) => c.name === "wb_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    // A copy of the cookie, as if stolen, stops working once its owner signs out.
    const copy = await browser.newContext({ storageState: await page.context().storageState() });
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    const stale = await copy.newPage();
    await stale.goto("/");
    await expect(stale).toHaveURL(/\/sign-in/);
    await copy.close();
  });

  test("every page sends a visitor without a session to sign in", async ({ page, request }) => {
    const { id } = await importDocument(request, "pages", "Genserslov met Molotov.");
    const collectionId = (await (await request.get(`/api/documents/${id}`)).json()).collectionId;
    const pages = [
      "/", "/import", "/entities", "/review", "/account", "/admin/users", `/collections/${collectionId}`, `/collections/${collectionId}/tags`,
      `/documents/${id}`, `/documents/${id}/history`, `/documents/${id}/proposals`, `/documents/${id}/activity`, `/documents/${id}/revisions/0`,
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in\?next=/);
    }
  });

  test("the API answers 401 without a token", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const res = await anonymous.get("/api/documents");
    expect(res.status()).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "unauthorized" } });
    await anonymous.dispose();
  });
});

test("a user creates an API token on their account page, uses it, and revokes it", async ({ browser, playwright, baseURL }) => {
  const vera = await pageAs(browser, "vera");
  await vera.goto("/account");
  await vera.getByLabel("What is it for?").fill("reading script");
  await vera.getByRole("button", { name: "Create token" }).click();
  const token = await vera.getByRole("textbox", { name: "New API token" }).inputValue();
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  expect((await api.get("/api/documents")).status()).toBe(200);
  vera.once("dialog", (d) => void d.accept());
  await vera.getByRole("row", { name: /reading script/ }).getByRole("button", { name: "Revoke" }).click();
  await expect(vera.getByRole("row", { name: /reading script/ })).toHaveCount(0);
  expect((await api.get("/api/documents")).status()).toBe(401);
  await api.dispose();
});
