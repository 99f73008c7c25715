// The project is MIT-licensed: every installed package's licence must let it stay so.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Strong copyleft that would bind the whole work (or its network use); LGPL and MPL are file-level and fine. */
const INCOMPATIBLE = /\b(AGPL|SSPL|EUPL|OSL|CPAL)\b|(^|[^L])GPL/i;

describe("dependency licences", () => {
  it("declares MIT and installs nothing under AGPL, GPL, SSPL or an unknown licence", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { license?: string }> };
    expect(JSON.parse(readFileSync("package.json", "utf8")).license).toBe("MIT");
    const offending = Object.entries(lock.packages)
      .filter(([path]) => path !== "")
      .filter(([, p]) => !p.license || INCOMPATIBLE.test(p.license.replace(/LGPL/g, "")))
      .map(([path, p]) => `${path.replace(/.*node_modules\//, "")}: ${p.license ?? "no licence"}`);
    expect(offending).toEqual([]);
  });
});
