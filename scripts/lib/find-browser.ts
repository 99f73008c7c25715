import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/** Where the journeys look for Chromium, in order; the last is Playwright's own download. */
export function browserCandidates(): string[] {
  const own = (() => {
    try {
      return chromium.executablePath();
    } catch {
      return "";
    }
  })();
  return [process.env.CHROMIUM_PATH ?? "", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", own].filter(Boolean);
}

/** The first Chromium that exists, or null. */
export function findBrowser(): string | null {
  return browserCandidates().find((path) => existsSync(path)) ?? null;
}
