import { expect, test } from "./fixtures/users";
import { importDocument } from "./fixtures/documents";

test("pages run under their CSP without a single violation, and another origin cannot frame them", async ({ page, request, baseURL }) => {
  const { id } = await importDocument(request, "csp", "Genserslov met Molotov in Tokyo.");
  const violations: string[] = [];
  page.on("console", (m) => /Content Security Policy|Refused to (load|execute|apply)/i.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)));
  for (const path of ["/", `/documents/${id}`, `/documents/${id}/history`, `/documents/${id}/export`, "/review", "/import", "/entities", "/admin/users", "/account"]) {
    const res = await page.goto(path);
    expect(res?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'none'/);
    expect(res?.headers()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "strict-origin-when-cross-origin", "x-frame-options": "DENY" });
    await page.waitForLoadState("networkidle");
  }
  // The editor, the raw pane and the annotations panel actually work under the policy.
  await page.goto(`/documents/${id}`);
  await expect(page.getByRole("textbox", { name: "Corrected text" })).toHaveAttribute("contenteditable", "true");
  expect(violations).toEqual([]);

  // A page of another origin (about:blank's opaque one) tries to frame the admin's Users page.
  await page.goto("about:blank");
  await page.setContent(`<iframe id="f" src="${baseURL}/admin/users" width="600" height="400"></iframe>`);
  const frame = page.frameLocator("#f");
  await page.waitForTimeout(1500);
  // Framed cross-site, the browser sends no session cookie (SameSite=Lax), so an unprotected app
  // would show its sign-in page there: the header's brand link is the tell. Refused, nothing renders.
  await expect(frame.getByRole("link", { name: "OCR Workbench" })).toHaveCount(0);
  expect(page.frames().some((f) => f.url().startsWith(`${baseURL}/`) && f !== page.mainFrame())).toBe(false);
  const api = await request.get(`/api/documents/${id}`);
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("signed out, a document's page redirects to sign-in without a word of the document, the same for an id that does not exist", async ({ request, playwright, baseURL }) => {
  const title = `Secret title ${Date.now()}`;
  const res = await request.post("/api/documents", { data: { title, text: "Genserslov met Molotov in Tokyo.", sourceRef: "CSDB-SECRET-REF" } });
  const { id } = await res.json();
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const answers = [];
  for (const path of [`/documents/${id}`, `/documents/${id}/history`, "/documents/no-such-document", "/documents/no-such-document/history"]) {
    const answer = await anonymous.get(path, { maxRedirects: 0 });
    const body = await answer.text();
    expect(body).not.toContain(title);
    expect(body).not.toContain("CSDB-SECRET-REF");
    answers.push({ status: answer.status(), location: answer.headers().location?.replace(/documents%2F[^%&]+/, "documents%2FID") });
  }
  expect(answers[0].status).toBe(307);
  expect(answers[2]).toEqual(answers[0]);
  expect(answers[3]).toEqual(answers[1]);
  await anonymous.dispose();
});
