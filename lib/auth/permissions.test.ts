import { describe, expect, it } from "vitest";
import { can, canCommitDirectly, canEditAnnotation, DEFAULT_REVIEW_POLICY } from "./permissions";

describe("permissions", () => {
  it("grants each role its own work and nothing beyond", () => {
    expect(can("viewer", "read")).toBe(true);
    expect(can("viewer", "proposal.create")).toBe(false);
    expect(can("viewer", "annotate")).toBe(false);
    expect(can("corrector", "proposal.create")).toBe(true);
    expect(can("corrector", "proposal.review")).toBe(false);
    expect(can("corrector", "document.import")).toBe(false);
    expect(can("reviewer", "proposal.review")).toBe(true);
    expect(can("reviewer", "admin")).toBe(false);
    expect(can("admin", "admin")).toBe(true);
  });

  it("gives unknown roles nothing", () => {
    expect(can("root", "read")).toBe(false);
  });

  it("lets admins commit directly, reviewers only where the collection allows it", () => {
    expect(canCommitDirectly("admin", { ...DEFAULT_REVIEW_POLICY, reviewersCommitDirectly: false })).toBe(true);
    expect(canCommitDirectly("reviewer", { ...DEFAULT_REVIEW_POLICY, reviewersCommitDirectly: true })).toBe(true);
    expect(canCommitDirectly("reviewer", { ...DEFAULT_REVIEW_POLICY, reviewersCommitDirectly: false })).toBe(false);
    expect(canCommitDirectly("corrector", DEFAULT_REVIEW_POLICY)).toBe(false);
    expect(canCommitDirectly("viewer", DEFAULT_REVIEW_POLICY)).toBe(false);
  });

  it("lets correctors edit only their own annotations", () => {
    expect(canEditAnnotation({ id: "c", role: "corrector" }, "c")).toBe(true);
    expect(canEditAnnotation({ id: "c", role: "corrector" }, "other")).toBe(false);
    expect(canEditAnnotation({ id: "r", role: "reviewer" }, "other")).toBe(true);
    expect(canEditAnnotation({ id: "v", role: "viewer" }, "v")).toBe(false);
  });
});
