import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it.each([
    ["/documents/abc", "/documents/abc"],
    ["/documents/abc?tab=history#r3", "/documents/abc?tab=history#r3"],
    ["/a/../review", "/review"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("keeps the path %s on this site", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  // Known open-redirect bypasses (OWASP, PortSwigger and the outside probe's list).
  it.each([
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/%09/evil.example",
    "/\n/evil.example",
    "/%0A/evil.example",
    "/%0D/evil.example",
    "/\u0000/evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "https://evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    "evil.example",
    " /evil",
    "",
  ])("sends %j home instead", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("sends undefined and null home", () => {
    expect(safeNextPath(undefined)).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });

  it("never returns anything that leaves the origin, for any input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.string().map((s) => `/${s}`), fc.string().map((s) => `//${s}`)), (next) => {
        const path = safeNextPath(next);
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//")).toBe(false);
        expect(path).not.toMatch(/[\\\u0000-\u001f\u007f]/);
        expect(new URL(path, "https://app.example").origin).toBe("https://app.example");
      }),
      { numRuns: 2000 },
    );
  });
});
