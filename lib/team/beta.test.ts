import { describe, expect, it } from "vitest";
import { betaQuantile, incompleteBeta, lnGamma, studentQuantile } from "./beta";

describe("the distributions an audit needs", () => {
  it("matches published values", () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 10);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    // Student's t table: t(0.975; 1) = 12.706, t(0.975; 10) = 2.228, t(0.975; 1000) ≈ 1.962.
    expect(studentQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentQuantile(0.975, 10)).toBeCloseTo(2.2281, 3);
    expect(studentQuantile(0.975, 1000)).toBeCloseTo(1.9623, 3);
    // Clopper–Pearson for 0 of 100: the upper bound is 1 − 0.025^(1/100).
    expect(betaQuantile(0.975, 1, 100)).toBeCloseTo(1 - 0.025 ** (1 / 100), 8);
  });

  it("inverts its own CDF", () => {
    for (const [a, b] of [[0.5, 0.5], [3, 40], [120, 9000]] as const) {
      for (const p of [0.025, 0.5, 0.975]) expect(incompleteBeta(betaQuantile(p, a, b), a, b)).toBeCloseTo(p, 8);
    }
  });
});
