import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { retryAfter } from "./rate-limit";

const limit = { maxFailures: 3, windowMs: 60_000 };
const now = 1_000_000;

describe("retryAfter", () => {
  it("allows attempts until the limit of failures is reached", () => {
    expect(retryAfter([now - 2, now - 1], limit, now)).toBe(0);
    expect(retryAfter([now - 2, now - 1, now], limit, now)).toBe(59_998);
  });

  it("lets a key try again once its oldest counted failure leaves the window", () => {
    const failures = [now - 10_000, now, now];
    expect(retryAfter(failures, limit, now)).toBe(50_000);
    expect(retryAfter(failures, limit, now + 50_000)).toBe(0);
  });

  it("never counts failures older than the window, whatever their order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: now - 200_000, max: now }), { maxLength: 20 }), (times) => {
        const wait = retryAfter(times, limit, now);
        const recent = times.filter((t) => t > now - limit.windowMs);
        if (recent.length < limit.maxFailures) expect(wait).toBe(0);
        else expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(limit.windowMs);
        expect(retryAfter([...times].reverse(), limit, now)).toBe(wait);
      }),
    );
  });
});
