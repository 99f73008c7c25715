import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Opens a document in Chromium, places the caret at text offset `at`, types, and measures for
 * each key the time from the keydown event to the frame after the editor's DOM changed.
 */
export async function measureTyping(
  url: string,
  at: number,
  account: { username: string; password: string },
  expectHighlights: boolean | string = true,
): Promise<{ p50: number; p95: number; n: number; openMs: number; drawn: number }> {
  const browser = await chromium.launch({
    ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(new URL("/sign-in", url).href);
    await page.getByLabel("Username").fill(account.username);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Documents" }).waitFor();
    const t0 = Date.now();
    await page.goto(url);
    await page.locator(".text-editor[contenteditable=true]").waitFor({ timeout: 120_000 });
    // true waits for annotation highlights; a selector waits for those marks (suggestions) instead.
    const marks = expectHighlights === true ? ".anno" : expectHighlights || null;
    if (marks) await page.locator(marks).first().waitFor({ timeout: 120_000 });
    const drawn = marks ? await page.locator(marks).count() : 0;
    const openMs = Date.now() - t0;
    await page.evaluate((offset) => {
      const w = window as unknown as { __latencies: number[] };
      w.__latencies = [];
      const editor = document.querySelector(".text-editor")!;
      document.addEventListener(
        "keydown",
        (e) => {
          const start = e.timeStamp;
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => w.__latencies.push(performance.now() - start), 0));
          });
          observer.observe(editor, { subtree: true, childList: true, characterData: true });
        },
        true,
      );
      // Put the caret at the offset: find the text node holding it.
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent?.length ?? 0;
        if (seen + len >= offset) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.collapse(true);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          (node.parentElement as HTMLElement | null)?.scrollIntoView({ block: "center" });
          break;
        }
        seen += len;
      }
    }, at);
    await page.waitForTimeout(300);
    await page.keyboard.type("abcdefghijklmnopqrstuvwxyzabcdefghij", { delay: 80 });
    await page.waitForTimeout(500);
    const latencies = (await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies)).slice(5);
    latencies.sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
    return { p50: q(0.5), p95: q(0.95), n: latencies.length, openMs, drawn };
  } finally {
    await browser.close();
  }
}
