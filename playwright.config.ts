import { defineConfig, devices } from "@playwright/test";
import { findBrowser } from "./scripts/lib/find-browser";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = findBrowser();

/**
 * End-to-end journeys in real Chromium against the production build (`npm run test:e2e`
 * builds first) on a fresh SQLite file, started the way users start it: `npm start`.
 */
export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // The first-run setup creates the accounts and saves their sessions and tokens for the rest.
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "journeys", dependencies: ["setup"], use: { storageState: "e2e/.auth/admin.json" } },
  ],
  webServer: {
    command: "rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && npm start",
    env: { PORT: String(PORT), DATABASE_URL: "file:./data/e2e.db" },
    url: `http://localhost:${PORT}/api/documents`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
