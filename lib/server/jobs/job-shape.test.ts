import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { workKey } from "./job-shape";

describe("workKey", () => {
  it("is the same whatever order an object's keys come in, and differs with the kind or a value", () => {
    const data = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { minKeys: 1 });
    fc.assert(
      fc.property(data, fc.string(), (d, extra) => {
        const reversed = Object.fromEntries(Object.entries(d).reverse());
        expect(workKey({ name: "ocr", data: reversed })).toBe(workKey({ name: "ocr", data: d }));
        expect(workKey({ name: "reread", data: d })).not.toBe(workKey({ name: "ocr", data: d }));
        const [key, value] = Object.entries(d)[0]!;
        if (value !== extra) expect(workKey({ name: "ocr", data: { ...d, [key]: extra } })).not.toBe(workKey({ name: "ocr", data: d }));
      }),
    );
    expect(workKey({ name: "error-rates", data: { seq: 1, documentId: "d" } })).toBe(workKey({ name: "error-rates", data: { documentId: "d", seq: 1 } }));
  });
});
