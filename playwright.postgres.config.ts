import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * The smoke journeys on PostgreSQL (the PostgreSQL half of `npm test` runs them): the first run,
 * correcting and saving, and search in every mode, against `npm start` on the empty database
 * that scripts/test-postgres.ts made and names in E2E_DATABASE_URL (with E2E_PORT).
 */
const url = process.env.E2E_DATABASE_URL;
if (!url) throw new Error("E2E_DATABASE_URL must name an empty PostgreSQL database (scripts/test-postgres.ts sets it)");

export default defineConfig({
  ...base,
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "journeys", dependencies: ["setup"], testMatch: /(correct-text|search)\.spec\.ts/, use: { storageState: "e2e/.auth/admin.json" } },
  ],
  webServer: { ...base.webServer, command: "npm start", env: { PORT: String(process.env.E2E_PORT), DATABASE_URL: url } } as typeof base.webServer,
});
