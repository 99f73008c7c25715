import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TAGS } from "../../annotations/tags";
import { DEFAULT_REVIEW_POLICY } from "../../auth/permissions";
import { licenceOf, parseCollectionSettings, reviewPolicyOf, tagSetOf } from "./collection-settings-shape";

describe("Collection.settings, parsed by its one schema", () => {
  it("reads what was stored, as JSON or as the text raw SQL answers on SQLite", () => {
    const stored = { licence: "CC BY 4.0", review: { reviewersCommitDirectly: false, allowSelfApproval: true }, tags: [{ key: "person", label: "Person", color: "#2563eb", description: "Someone" }] };
    for (const raw of [stored, JSON.stringify(stored)]) {
      const s = parseCollectionSettings(raw);
      expect(licenceOf(s)).toBe("CC BY 4.0");
      expect(reviewPolicyOf(s)).toEqual({ reviewersCommitDirectly: false, allowSelfApproval: true, doubleKeying: false });
      expect(tagSetOf(s)).toEqual(stored.tags);
    }
  });

  it("reads a value that does not fit as absent, so its default applies, and drops unknown fields", () => {
    const s = parseCollectionSettings({ licence: 42, review: { reviewersCommitDirectly: "yes" }, tags: [{ key: "Bad Key", label: "x", color: "red" }], theme: "dark" });
    expect(licenceOf(s)).toBeNull();
    expect(reviewPolicyOf(s)).toEqual(DEFAULT_REVIEW_POLICY);
    expect(tagSetOf(s)).toEqual(DEFAULT_TAGS);
    expect(s).not.toHaveProperty("theme");
    // One usable tag among broken ones is kept alone; a missing description reads as "".
    expect(tagSetOf(parseCollectionSettings({ tags: [{ key: "x" }, { key: "place", label: "Place", color: "#059669" }] }))).toEqual([{ key: "place", label: "Place", color: "#059669", description: "" }]);
    expect(parseCollectionSettings("{not json")).toEqual({});
    expect(licenceOf(parseCollectionSettings({ licence: "   " }))).toBeNull();
  });

  it("never throws, whatever the column holds", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const s = parseCollectionSettings(value);
      const policy = reviewPolicyOf(s);
      return typeof policy.reviewersCommitDirectly === "boolean" && typeof policy.allowSelfApproval === "boolean" && tagSetOf(s).length > 0;
    }));
  });
});
