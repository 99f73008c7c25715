import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery } from "./query";
import { containsPattern, fuzzyTsQuery, tsvectorLiteral, wordsTsQuery } from "./tsvector";
import { wordSpans } from "./words";

/** Reads a tsvector literal back as tsvector's input function does: quoted lexemes, then positions. */
function readLiteral(literal: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const re = /'((?:[^'\\]|''|\\.)*)':([\d,]+)(?: |$)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(literal))) {
    out.set(m[1].replace(/''/g, "'").replace(/\\(.)/g, "$1"), m[2].split(",").map(Number));
    consumed = re.lastIndex;
  }
  expect(consumed).toBe(literal.length);
  return out;
}

describe("tsvectorLiteral", () => {
  it("lists each folded word at its positions, as the hits see them", () => {
    expect(readLiteral(tsvectorLiteral("Kuzma N. Derevyanko, kuzma! Šimon's U.S.A."))).toEqual(
      new Map([["kuzma", [1, 4]], ["n", [2]], ["derevyanko", [3]], ["simon", [5]], ["s", [6, 8]], ["u", [7]], ["a", [9]]]),
    );
  });

  it("round-trips any text's words, stays inside PostgreSQL's limits, and skips words that fold to nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        const read = readLiteral(tsvectorLiteral(text));
        const words = wordSpans(text).map((w) => w.folded).filter(Boolean);
        expect([...read.keys()].sort()).toEqual([...new Set(words)].sort());
        for (const positions of read.values()) for (const p of positions) expect(p).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it("clamps positions past 16,383 and keeps at most 256 per word", () => {
    const read = readLiteral(tsvectorLiteral("the ".repeat(20_000) + "end"));
    expect(read.get("the")).toHaveLength(256);
    expect(read.get("end")).toEqual([16_383]);
  });

  it("escapes quotes and backslashes inside lexemes", () => {
    // Folded words hold only letters, digits and marks, but the quoting must not depend on it.
    expect(fuzzyTsQuery([["it's", "a\\b"]])).toBe("('it''s' | 'a\\\\b')");
  });
});

describe("tsquery builders", () => {
  it("writes phrases as <-> chains, a prefix as :*, and near words as alternatives", () => {
    const q = parseQuery('kuzma "Nikolayevich Derevyanko" otrosh*', "words");
    if (!q.ok || q.value.mode !== "words") throw new Error("parse");
    expect(wordsTsQuery(q.value.terms)).toBe("('kuzma') & ('nikolayevich' <-> 'derevyanko') & ('otrosh':*)");
    expect(fuzzyTsQuery([["generalov", "genserslov"], ["kuzma"]])).toBe("('generalov' | 'genserslov') & ('kuzma')");
  });

  it("escapes LIKE's wildcards in a substring", () => {
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});
