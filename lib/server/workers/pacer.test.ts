import { describe, expect, it, vi } from "vitest";
import { createPacer, MAX_REST_MS } from "./pacer";

describe("createPacer", () => {
  it("rests as long as the step worked, up to MAX_REST_MS", async () => {
    vi.useFakeTimers();
    try {
      let t = 0;
      const pacer = createPacer(() => t);
      const rests: number[] = [];
      for (const worked of [0, 12, MAX_REST_MS, MAX_REST_MS + 1, 500]) {
        t += worked;
        const started = Date.now();
        const done = pacer.rest();
        await vi.runAllTimersAsync();
        await done;
        rests.push(Date.now() - started);
      }
      expect(rests).toEqual([0, 12, MAX_REST_MS, MAX_REST_MS, MAX_REST_MS]);
    } finally {
      vi.useRealTimers();
    }
  });
});
