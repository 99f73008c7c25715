// A courtesy title before a name, misread or closed with a comma.
import { flag, type Suggestion } from "../suggestion";
import type { Token } from "../tokens";
import type { Rule } from "./rule";

const HONORIFICS = ["Mr", "Mrs", "Dr", "Ms"];

/**
 * A courtesy title before a name, misread ("Mes, Tanaka", "Gr. Schmidt") or closed with a
 * comma ("Mr, Tanaka"): a word of two or three letters a letter from one, before a capital.
 */
function honorificFlag(tokens: readonly Token[], i: number): Suggestion | null {
  const t = tokens[i].text;
  const last = t.charCodeAt(t.length - 1);
  if (t.length < 3 || t.length > 4 || (last !== 46 && last !== 44)) return null; // "." ","
  const m = /^(\p{L}{2,3})([.,])$/u.exec(t);
  const next = tokens[i + 1]?.text ?? "";
  if (!m || !/^\p{Lu}\p{Ll}|^\p{Lu}{3,}/u.test(next)) return null;
  const [, word, stop] = m;
  const exact = HONORIFICS.find((h) => h === word);
  if (exact) return stop === "," ? flag(tokens[i], "real-word", [{ text: `${word}.`, score: 0.7, evidence: "a title before a name ends with a full stop" }]) : null;
  const near = HONORIFICS.find((h) => h.length === word.length && h[0] === word[0].toUpperCase() && Array.from(h).filter((c, k) => c !== word[k]).length === 1);
  const misreadD = /^[GOo]r$/u.test(word) ? "Dr" : null;
  const title = near ?? misreadD;
  return title ? flag(tokens[i], "real-word", [{ text: `${title}.`, score: 0.6, evidence: `"${title}." before a name` }]) : null;
}

export const honorifics: Rule = {
  name: "honorifics",
  title: "Titles before names",
  reasons: ["real-word"],
  evidence: "a word of two or three letters a letter from \"Mr.\", \"Mrs.\", \"Dr.\" or \"Ms.\", before a capitalised word",
  constants: {},
  start: (scan) => (i) => honorificFlag(scan.tokens, i),
};
