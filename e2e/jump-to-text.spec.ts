import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures/users";
import { editor } from "./fixtures/documents";
import { hocrFor, pageImage } from "../test/page-images";

/** A page of `n` lines, each "pageP lineL words", with a box per word; a target word near its end. */
function pageLines(p: number, n: number, stamp: string) {
  return Array.from({ length: n }, (_, l) => [`page${p}`, l === 0 ? stamp : `line${l}`, l === n - 3 ? `Target${p}` : "words"].map((text, w) => ({ text, box: [20 + w * 180, 20 + l * 30, 160, 24] as const })));
}

/** Whether a rectangle lies inside both the window and the editor's visible box. */
async function shown(page: Page, rect: { top: number; bottom: number } | null) {
  const pane = await editor(page).evaluate((el) => {
    const scroller = el.closest(".pane") ?? el;
    const r = scroller.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
  const height = page.viewportSize()!.height;
  return !!rect && rect.top >= Math.max(0, pane.top) - 1 && rect.bottom <= Math.min(height, pane.bottom) + 1;
}
const selectionRect = (page: Page) => page.evaluate(() => {
  const s = window.getSelection();
  if (!s || !s.rangeCount) return null;
  const r = s.getRangeAt(0).getBoundingClientRect();
  return { top: r.top, bottom: r.bottom };
});
const rectOf = async (l: Locator) => {
  const b = await l.boundingBox();
  return b && { top: b.y, bottom: b.y + b.height };
};

test("every jump scrolls the text to the selection and turns the image to its page: a ?start=&end= link and Find's Enter", async ({ page, request }) => {
  const stamp = `jump-${Date.now()}`;
  const form = new FormData();
  for (const p of [1, 2, 3]) {
    const lines = pageLines(p, 60, stamp);
    form.append("file", new Blob([await pageImage({ width: 600, height: 1850, boxes: lines.flat().map((w) => w.box) })], { type: "image/png" }), `${stamp}-${p}.png`);
    form.append("file", new Blob([hocrFor(`${stamp}-${p}.png`, 600, 1850, lines)], { type: "text/html" }), `${stamp}-${p}.hocr`);
  }
  const made = await request.post("/api/documents", { multipart: form });
  expect(made.status()).toBe(201);
  const id = (await made.json()).items[0].id as string;
  const text = (await (await request.get(`/api/documents/${id}`)).json()).text as string;
  const at = text.indexOf("Target3");

  // A link to a span (as a search hit opens it).
  await page.goto(`/documents/${id}?start=${at}&end=${at + "Target3".length}`);
  await expect(editor(page)).toContainText("Target3");
  await expect.poll(async () => shown(page, await selectionRect(page))).toBe(true);
  await expect(page.locator(".page-viewer__count")).toHaveText("Page 3 of 3");

  // Find's Enter moves to each match in turn, and the text and the image follow.
  await editor(page).click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Control+f");
  await page.keyboard.type("Target2");
  await expect(page.locator(".find-match--current")).toHaveText("Target2");
  await expect.poll(async () => shown(page, await rectOf(page.locator(".find-match--current")))).toBe(true);
  await expect(page.locator(".page-viewer__count")).toHaveText("Page 2 of 3");
});
