import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentionedUsernames } from "./mentions";
import { emailChoices, nextDigestAt } from "./notification-kinds";

describe("mentionedUsernames", () => {
  it("finds @usernames in prose, once each, and not in addresses or code", () => {
    expect(mentionedUsernames("@rita please check the patronymic; thanks @Ada.")).toEqual(["rita", "ada"]);
    expect(mentionedUsernames("Write to archive@nara.gov or @rita, @rita again")).toEqual(["rita"]);
    expect(mentionedUsernames("Use `@cora` in code, and\n```\n@carl\n```\nnot here")).toEqual([]);
    expect(mentionedUsernames("(@rob) and [@vera](x)")).toEqual(["rob", "vera"]);
  });

  it("never answers a name that is not in the text", () => {
    fc.assert(fc.property(fc.string(), (text) => mentionedUsernames(text).every((name) => text.toLowerCase().includes(`@${name}`))));
  });
});

describe("e-mail choices and digests", () => {
  it("fills unknown or missing kinds with the defaults", () => {
    expect(emailChoices({ mention: "none", review: "sometimes" })).toEqual({ assigned: "immediate", mention: "none", decided: "immediate", review: "daily", comment: "daily" });
    expect(emailChoices(null).review).toBe("daily");
  });

  it("sends the digest at the next hour strictly after now", () => {
    expect(nextDigestAt(new Date("2027-01-04T06:59:00Z"), 7).toISOString()).toBe("2027-01-04T07:00:00.000Z");
    expect(nextDigestAt(new Date("2027-01-04T07:00:00Z"), 7).toISOString()).toBe("2027-01-05T07:00:00.000Z");
    expect(nextDigestAt(new Date("2027-01-31T23:00:00Z"), 7).toISOString()).toBe("2027-02-01T07:00:00.000Z");
  });
});
