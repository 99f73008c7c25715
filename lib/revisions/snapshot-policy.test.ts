import { describe, expect, it } from "vitest";
import { MAX_CHAIN, MIN_CHAIN, maxChainFor, shouldSnapshot } from "./snapshot-policy";

describe("shouldSnapshot", () => {
  const fresh = { revisionsSinceSnapshot: 1, patchBytesSinceSnapshot: 60 };
  it("snapshots after a timed-out diff", () => expect(shouldSnapshot(fresh, 100_000, true)).toBe(true));
  it("snapshots when patch bytes pass half the text", () =>
    expect(shouldSnapshot({ ...fresh, patchBytesSinceSnapshot: 50_001 }, 100_000, false)).toBe(true));
  it("does not snapshot a short chain of small patches", () => expect(shouldSnapshot(fresh, 100_000, false)).toBe(false));
  it("bounds the chain by text size", () => {
    expect(maxChainFor(10)).toBe(MAX_CHAIN);
    expect(maxChainFor(1e9)).toBe(MIN_CHAIN);
    expect(maxChainFor(1_000_000)).toBeLessThan(maxChainFor(100_000));
    const n = maxChainFor(1_000_000);
    expect(shouldSnapshot({ revisionsSinceSnapshot: n, patchBytesSinceSnapshot: 10 }, 1_000_000, false)).toBe(true);
  });
});
