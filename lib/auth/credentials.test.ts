import { describe, expect, it } from "vitest";
import { passwordSchema } from "./credentials";

describe("passwordSchema", () => {
  it.each(["1234567890", "qwertyuiop", "password123", "Password123", "1qaz2wsx3edc"])("refuses the common password %s", (password) => {
    const parsed = passwordSchema.safeParse(password);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].message).toMatch(/most common/);
  });

  it("accepts a long uncommon one and still refuses short ones for their length", () => {
    expect(passwordSchema.safeParse("Generalov fixed Genserslov").success).toBe(true);
    expect(passwordSchema.safeParse("short").error?.issues[0].message).toMatch(/at least 10/);
  });
});
