// Before the build and the journeys: make sure a Chromium exists, or say in one line how to get one.
import { spawnSync } from "node:child_process";
import { findBrowser } from "./lib/find-browser";

if (!findBrowser()) {
  console.log("No Chromium found (CHROMIUM_PATH, /usr/bin/chromium, chromium-browser, google-chrome, Playwright's cache): trying `npx playwright install chromium` once…");
  // Its download errors repeat five times over; the line below says what matters.
  spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "ignore" });
  if (!findBrowser()) {
    console.error("The journeys need Chromium: install it with `apt-get install chromium` (or set CHROMIUM_PATH), or with `npx playwright install chromium`.");
    process.exit(1);
  }
}
