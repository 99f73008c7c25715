import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { findBrowser } from "../lib/find-browser";

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Signs in through the sign-in page in Chromium and answers the session cookie, as a browser holds it. */
export async function signInCookie(base: string, account: { username: string; password: string }): Promise<string> {
  const path = findBrowser();
  const browser = await chromium.launch({ ...(path ? { executablePath: path } : {}), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Username").fill(account.username);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Documents" }).waitFor();
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

/**
 * autocannon from this process against a local server (or several, taking the connections in
 * turn): `connections` clients, each sending its next request as soon as the last one answered,
 * for `seconds`, after a short unmeasured warm-up.
 */
export async function load(url: string | string[], headers: Record<string, string>, { connections = 32, seconds = 10 } = {}): Promise<LoadFigures> {
  await autocannon({ url: targets(url), headers, connections, duration: 2 });
  return figuresOf(await autocannon({ url: targets(url), headers, connections, duration: seconds }));
}

/**
 * `load` taken `runs` times and the median run (by req/s) answered: on this shared machine one
 * 10 s run can be a third off the next, so a figure with a target is never one run's luck.
 */
export async function medianLoad(url: string | string[], headers: Record<string, string>, { runs = 3, ...options }: { runs?: number; connections?: number; seconds?: number } = {}): Promise<LoadFigures> {
  const repeats: LoadFigures[] = [];
  for (let i = 0; i < runs; i++) repeats.push(await load(url, headers, options));
  repeats.sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return repeats[Math.floor(repeats.length / 2)];
}

/** autocannon takes several URLs (its README), though its types say one. */
export const targets = (url: string | string[]) => url as unknown as string;

export function figuresOf(result: autocannon.Result): LoadFigures {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
