import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandReplacement, findMatches } from "./find-matches";

const plain = { caseSensitive: false, wholeWord: false, regex: false };

describe("find in a document", () => {
  it("finds a literal query, any case by default, punctuation and regex characters included", () => {
    const text = "Genserslov met GENSERSLOV. (a+)+$ costs $5.";
    expect(findMatches(text, "genserslov", plain)).toMatchObject({ ok: true, matches: [{ start: 0, end: 10 }, { start: 15, end: 25 }] });
    expect(findMatches(text, "Genserslov", { ...plain, caseSensitive: true })).toMatchObject({ matches: [{ start: 0 }] });
    expect(findMatches(text, "(a+)+$", plain)).toMatchObject({ matches: [{ start: 27, end: 33 }] });
  });

  it("any literal query is found as typed: every printable ASCII character, hyphens and slashes too", () => {
    expect(findMatches("ref. 9Q-77/b", "9Q-77/", plain)).toMatchObject({ ok: true, matches: [{ start: 5, end: 11 }] });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(..." !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~aZ09") }), (q) => {
        // Delimiters no query holds, so the first match is the one at 1 ("<" around "<" would match at 0).
        const r = findMatches(`§${q}§`, q, plain);
        expect(r.ok && r.matches[0]?.start).toBe(1);
      }),
    );
  });

  it("whole word leaves the word inside longer words alone", () => {
    const text = "the theme, the other; THE end";
    expect(findMatches(text, "the", { ...plain, wholeWord: true }).ok && (findMatches(text, "the", { ...plain, wholeWord: true }) as { matches: { start: number }[] }).matches.map((m) => m.start)).toEqual([0, 11, 22]);
  });

  it("a regular expression with groups; a bad one is an error, not an exception; empty matches are skipped", () => {
    const r = findMatches("Lomakin, Pavel; Sukhovey, Arkadiy", "(\\p{Lu}\\p{Ll}+), (\\p{Lu}\\p{Ll}+)", { ...plain, regex: true, caseSensitive: true });
    expect(r).toMatchObject({ ok: true, matches: [{ start: 0, groups: ["Lomakin", "Pavel"] }, { groups: ["Sukhovey", "Arkadiy"] }] });
    expect(findMatches("abc", "(", { ...plain, regex: true })).toMatchObject({ ok: false, error: expect.stringMatching(/^Not a valid regular expression/) });
    expect(findMatches("a😀b", "x*", { ...plain, regex: true })).toEqual({ ok: true, matches: [], capped: false });
  });

  it("expands $1, $<name>, $& and $$ in a replacement as String.replace does", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{0,30}$/), fc.constantFrom("[$1]", "$2-$1", "$&!", "$$1", "<$<w>>", "$9"), (text, template) => {
        const source = "(?<w>[a-z])([a-z]?)";
        const r = findMatches(text, source, { caseSensitive: true, wholeWord: false, regex: true });
        if (!r.ok) throw new Error(r.error);
        const ours = r.matches.map((m) => expandReplacement(template, text.slice(m.start, m.end), m, true));
        const theirs = [...text.matchAll(new RegExp(source, "gu"))].map((m) => m[0].replace(new RegExp(source, "u"), template));
        expect(ours).toEqual(theirs);
      }),
    );
  });

  it("stops at the limit and says so", () => {
    expect(findMatches("a".repeat(50), "a", plain, 10)).toMatchObject({ ok: true, capped: true, matches: { length: 10 } });
  });
});
