import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../../errors";
import { describeError } from "./describe-error";

const failure = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error("expected a failure");
  return describeError(r.error);
};

describe("describeError for validation", () => {
  it("names the field before zod's own message, but not before a sentence of ours", () => {
    const schema = z.object({ password: z.string().min(10).refine((p) => p !== "password123", "That password is one of the most common ones: choose another") });
    expect(failure(schema, { password: "short" }).body.error).toMatchObject({ code: "invalid", message: expect.stringMatching(/^password: /), path: "password" });
    expect(failure(schema, { password: "password123" }).body.error).toEqual({ code: "invalid", message: "That password is one of the most common ones: choose another", path: "password" });
  });
});

describe("describeError for the data layer's errors", () => {
  it("puts a named field in the error's path and its reason beside the code; other details beside the error", () => {
    expect(describeError(new AppError("conflict", "In use", { field: "classification", reason: "field_in_use" }))).toEqual({
      status: 409, body: { error: { code: "conflict", message: "In use", reason: "field_in_use", path: "classification" } },
    });
    expect(describeError(new AppError("conflict", "Moved", { reason: "merge_conflict", headSeq: 4 })).body).toEqual({ error: { code: "conflict", message: "Moved", reason: "merge_conflict" }, headSeq: 4 });
  });
});
