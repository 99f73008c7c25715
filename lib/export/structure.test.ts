import { describe, expect, it } from "vitest";
import { isLaidOut, splitLayoutSpace } from "./structure";

describe("isLaidOut", () => {
  it("takes a tab-laid header block for layout and prose for prose", () => {
    expect(isLaidOut("COUNTRY\tUSSR (Far East)/Japan\tREPORT NO.\tCSDB- 18851\nSUBJECT\tEfforts\tDATE DISTR.\t30 March 1954")).toBe(true);
    expect(isLaidOut("- In April 1953, an ECAFE conference was held in Tokyo.  Among the delegates were the following Soviets.")).toBe(false);
  });

  it("needs three spaces in a row: two follow many a typed full stop", () => {
    expect(isLaidOut("NAVY  X")).toBe(false);
    expect(isLaidOut("NAVY   X")).toBe(true);
  });

  it("needs at least half of the non-empty lines laid out", () => {
    expect(isLaidOut("DATE\tEV\nprose line")).toBe(true);
    expect(isLaidOut("DATE\tEV\nprose line\nmore prose")).toBe(false);
    expect(isLaidOut("")).toBe(false);
  });
});

describe("splitLayoutSpace", () => {
  it("puts tab runs and runs of two or more spaces at odd indices", () => {
    expect(splitLayoutSpace("a\t\tb  c d")).toEqual(["a", "\t\t", "b", "  ", "c d"]);
  });
});
