import { describe, expect, it } from "vitest";
import { pendingChanges } from "./pending-changes";

describe("pendingChanges", () => {
  it("marks the replaced and added words of the proposed text and maps accepted offsets into it", () => {
    const accepted = "Genserslov met Otroshchenko in Tokio.";
    const proposed = "Generalov met Otroshchenko in Tokyo, Japan.";
    const p = pendingChanges(accepted, proposed);
    expect(p.changed.map((r) => proposed.slice(r.start, r.end))).toEqual(["Generalov", "Tokyo, Japan"]);
    const start = accepted.indexOf("Otroshchenko");
    const mapped = p.mapFromAccepted(start, "start");
    expect(proposed.slice(mapped, p.mapFromAccepted(start + "Otroshchenko".length, "end"))).toBe("Otroshchenko");
  });

  it("marks the character after a pure deletion, and nothing when the texts agree", () => {
    const p = pendingChanges("met the the Japanese", "met the Japanese");
    expect(p.changed).toHaveLength(1);
    expect(pendingChanges("same", "same").changed).toEqual([]);
  });
});
