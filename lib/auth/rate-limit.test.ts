import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

function limiter() {
  let t = 1_000_000;
  const rl = createRateLimiter({ maxFailures: 3, windowMs: 60_000, now: () => t });
  return { rl, advance: (ms: number) => (t += ms) };
}

describe("createRateLimiter", () => {
  it("allows attempts until the limit of failures is reached", () => {
    const { rl } = limiter();
    rl.recordFailure("a");
    rl.recordFailure("a");
    expect(rl.retryAfter("a")).toBe(0);
    rl.recordFailure("a");
    expect(rl.retryAfter("a")).toBe(60_000);
  });

  it("lets a key try again once its oldest counted failure leaves the window", () => {
    const { rl, advance } = limiter();
    rl.recordFailure("a");
    advance(10_000);
    rl.recordFailure("a");
    rl.recordFailure("a");
    expect(rl.retryAfter("a")).toBe(50_000);
    advance(50_000);
    expect(rl.retryAfter("a")).toBe(0);
  });

  it("keeps keys apart and forgets a key on reset", () => {
    const { rl } = limiter();
    for (let i = 0; i < 3; i++) rl.recordFailure("a");
    expect(rl.retryAfter("b")).toBe(0);
    rl.reset("a");
    expect(rl.retryAfter("a")).toBe(0);
  });
});
