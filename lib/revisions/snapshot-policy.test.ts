import { describe, expect, it } from "vitest";
import { MAX_CHAIN, shouldSnapshot } from "./snapshot-policy";

describe("shouldSnapshot", () => {
  const fresh = { revisionsSinceSnapshot: 1, patchBytesSinceSnapshot: 60 };
  it("snapshots after a timed-out diff", () => expect(shouldSnapshot(fresh, 100_000, true)).toBe(true));
  it("snapshots when patch bytes pass half the text", () => {
    expect(shouldSnapshot({ ...fresh, patchBytesSinceSnapshot: 50_001 }, 100_000, false)).toBe(true);
    expect(shouldSnapshot({ ...fresh, patchBytesSinceSnapshot: 50_000 }, 100_000, false)).toBe(false);
  });
  it("does not snapshot a short chain of small patches", () => expect(shouldSnapshot(fresh, 100_000, false)).toBe(false));
  it("bounds the chain length", () => {
    expect(shouldSnapshot({ revisionsSinceSnapshot: MAX_CHAIN - 1, patchBytesSinceSnapshot: 10 }, 1e6, false)).toBe(false);
    expect(shouldSnapshot({ revisionsSinceSnapshot: MAX_CHAIN, patchBytesSinceSnapshot: 10 }, 1e6, false)).toBe(true);
  });
});
