import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareReleases, MAX_STRETCH_CELLS, MIN_WORDS_PER_LINE, REDACTION_WORD_COST, sameWord, type Segment } from "./compare-releases";
import { findRedactions } from "./find-redactions";

const release = (text: string) => ({ text, redactions: findRedactions(text) });
const brief = (segments: Segment[]) => segments.map((s) => [s.kind, s.here.text, s.there.text]);

describe("two releases compared", () => {
  it("pairs each redaction with the words the other release shows there, through the OCR's different misreadings", () => {
    const a = "The station chief met [2 names not declassified] in the capital on 16 April. He said [less than 1 line of source text not declassified] and left.";
    const b = "The statlon chief met Jacobo Arbenz and Carlos Diaz in the capital on 16 Aprll. He said the army would not move and left.";
    expect(brief(compareReleases(release(a), release(b)))).toEqual([
      ["same", "The station chief met", "The statlon chief met"],
      ["redacted-here", "[2 names not declassified]", "Jacobo Arbenz and Carlos Diaz"],
      ["same", "in the capital on 16 April. He said", "in the capital on 16 Aprll. He said"],
      ["redacted-here", "[less than 1 line of source text not declassified]", "the army would not move"],
      ["same", "and left", "and left"],
    ]);
    // The other way round, the same spans are redacted there.
    expect(brief(compareReleases(release(b), release(a))).filter(([k]) => k === "redacted-there")).toEqual([
      ["redacted-there", "Jacobo Arbenz and Carlos Diaz", "[2 names not declassified]"],
      ["redacted-there", "the army would not move", "[less than 1 line of source text not declassified]"],
    ]);
  });

  it("calls a place both withhold the same, words only one release has a difference, and a redaction opposite nothing a difference", () => {
    const a = "Sent to [place not declassified] by cable on Monday.";
    const b = "Sent to [place not declassified] by courier on Monday. [name not declassified]";
    expect(brief(compareReleases(release(a), release(b)))).toEqual([
      ["same", "Sent to [place not declassified] by", "Sent to [place not declassified] by"],
      ["differs", "cable", "courier"],
      ["same", "on Monday", "on Monday"],
      ["differs", "", "[name not declassified]"],
    ]);
  });

  it("keeps a misread neighbour with itself rather than giving it to the redaction", () => {
    // "capital" read "capltal": within search's tolerance, so it pairs, and the redaction takes only the name.
    const a = "met [name not declassified] in the capital";
    const b = "met Arbenz in the capltal";
    expect(brief(compareReleases(release(a), release(b)))[1]).toEqual(["redacted-here", "[name not declassified]", "Arbenz"]);
    expect(sameWord("capital", "capltal")).toBe(true);
    expect(sameWord("the", "tho")).toBe(false);
    // The cost sits between a misread neighbour (2/7) and an unmatched word (1).
    expect(REDACTION_WORD_COST).toBeGreaterThan(2 / 7);
    expect(REDACTION_WORD_COST).toBeLessThan(1);
  });

  it("offers nothing it cannot stand behind: a garbled bracket opposite, dirt, too few words for the lines withheld, a guess beside an unmatched word", () => {
    const offer = (a: string, b: string) => compareReleases(release(a), release(b)).filter((s) => s.kind === "redacted-here").map((s) => s.there.text);
    // The other release withholds it too, but the OCR lost its opening: its own words are not the text.
    expect(offer("sent to [less than 1 line of source text not declassified] today", "sent to less than 1 1ine of source text nat declasaified today")).toEqual([]);
    expect(offer("met [name not declassified] in town", "met i in town")).toEqual([]);
    expect(offer("so [2 lines of source text not declassified] then", "so Arbenz came then")).toEqual([]);
    expect(offer("so [2 lines of source text not declassified] then", "so Arbenz came to the capital with his staff then")).toEqual(["Arbenz came to the capital with his staff"]);
    // "Mtp" here matches nothing there: "Weg" could be its misreading as well as the withheld word.
    expect(offer("Mtp, [name not declassified] 6, 1949", "Weg 6, 1949")).toEqual([]);
    expect(MIN_WORDS_PER_LINE).toBe(3);
  });

  it("leaves a stretch too large to align as one difference", () => {
    const words = (n: number, w: string) => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
    const side = Math.ceil(Math.sqrt(MAX_STRETCH_CELLS)) + 1;
    const segments = compareReleases({ text: words(side, "x"), redactions: [] }, { text: words(side, "y"), redactions: [] });
    expect(segments.map((s) => s.kind)).toEqual(["differs"]);
  });

  it("covers both texts' words in order, once each, whatever the texts (property)", () => {
    const word = fc.constantFrom("the", "cable", "cabel", "Arbenz", "[name not declassified]", "[2 names not declassified]", "met", "in", "capital", "25X1");
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(text, text, (x, y) => {
        const segments = compareReleases(release(x), release(y));
        for (const side of ["here", "there"] as const) {
          const source = side === "here" ? x : y;
          let at = 0;
          for (const s of segments) {
            expect(s[side].start).toBeGreaterThanOrEqual(at);
            expect(s[side].text).toBe(source.slice(s[side].start, s[side].end));
            at = s[side].end;
          }
          // Every word is inside a segment.
          const covered = segments.map((s) => s[side].text).join(" ");
          expect(covered.replace(/\W+/g, "")).toBe(source.replace(/\W+/g, ""));
        }
        expect(segments.every((s) => s.kind !== "redacted-here" || s.there.text !== "")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
