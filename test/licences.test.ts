// The project is MIT-licensed: every installed package's licence must let it stay so.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Strong copyleft that would bind the whole work (or its network use); LGPL and MPL are file-level and fine. */
const INCOMPATIBLE = /\b(AGPL|SSPL|EUPL|OSL|CPAL)\b|(^|[^L])GPL/i;

/**
 * Whether an SPDX expression lets an MIT project use the package. "A OR B" offers a choice, so
 * one acceptable alternative is enough; "A AND B" binds to both.
 */
export function compatible(expression: string): boolean {
  const bare = expression.trim().replace(/^\((.*)\)$/, "$1");
  const choices = bare.split(/\s+OR\s+/i);
  return choices.some((choice) => !INCOMPATIBLE.test(choice.replace(/LGPL/g, "")));
}

describe("dependency licences", () => {
  it("reads SPDX choices: one acceptable alternative suffices, a conjunction binds to all", () => {
    expect(compatible("MIT")).toBe(true);
    expect(compatible("(MIT OR EUPL-1.1+)")).toBe(true);
    expect(compatible("LGPL-3.0-or-later")).toBe(true);
    expect(compatible("(GPL-3.0 OR AGPL-3.0)")).toBe(false);
    expect(compatible("MIT AND GPL-2.0")).toBe(false);
    expect(compatible("SSPL-1.0")).toBe(false);
  });

  it("declares MIT and installs nothing under AGPL, GPL, SSPL or an unknown licence", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, { license?: string }> };
    expect(JSON.parse(readFileSync("package.json", "utf8")).license).toBe("MIT");
    const offending = Object.entries(lock.packages)
      .filter(([path]) => path !== "")
      .filter(([, p]) => !p.license || !compatible(p.license))
      .map(([path, p]) => `${path.replace(/.*node_modules\//, "")}: ${p.license ?? "no licence"}`);
    expect(offending).toEqual([]);
  });
});
