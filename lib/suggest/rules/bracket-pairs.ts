// Brackets that do not pair: "[name not declassified}" is one bracket misread. A typewriter has no
// braces, so a brace is always a misread bracket; the bracket it stands for is the one its partner
// calls for ("(" with ")", "[" with "]"), square where both are braces.
import { flag, type Suggestion } from "../suggestion";
import type { Token } from "../tokens";
import type { Rule } from "./rule";

const OPEN = "([{";
const CLOSE = ")]}";
const PARTNER: Record<string, string> = { "(": ")", "[": "]", "{": "}", ")": "(", "]": "[", "}": "{" };

/** The pair two brackets should make: round where either is round and the other is no square bracket, else square. */
function pairOf(open: string, close: string): [string, string] {
  if (open === "[" || close === "]") return ["[", "]"];
  if (open === "(" || close === ")") return ["(", ")"];
  return ["[", "]"];
}

interface Opened {
  ch: string;
  token: number;
  at: number;
}

/**
 * Each token's bracket characters put right, by token index: openers and closers matched across
 * the text (a paragraph at most: a blank line closes whatever is open), each pair made one kind.
 */
function bracketFixes(text: string, tokens: readonly Token[]): Map<number, Suggestion> {
  const fixes = new Map<number, Map<number, string>>();
  const fix = (token: number, at: number, ch: string) => {
    if (!fixes.has(token)) fixes.set(token, new Map());
    fixes.get(token)!.set(at, ch);
  };
  let open: Opened[] = [];
  tokens.forEach((t, i) => {
    if (i > 0 && /\n[^\S\n]*\n/u.test(text.slice(tokens[i - 1].end, t.start))) open = [];
    for (let at = 0; at < t.text.length; at++) {
      const ch = t.text[at];
      if (OPEN.includes(ch)) open.push({ ch, token: i, at });
      else if (CLOSE.includes(ch)) {
        const opener = open.pop();
        // A closer with nothing open may be a misread letter ("offic}"): other rules judge it.
        if (!opener) continue;
        if (PARTNER[opener.ch] === ch && opener.ch !== "{") continue;
        const [o, c] = pairOf(opener.ch, ch);
        if (o !== opener.ch) fix(opener.token, opener.at, o);
        if (c !== ch) fix(i, at, c);
      }
    }
  });
  // An opening brace left open is a square bracket too.
  for (const o of open) if (o.ch === "{") fix(o.token, o.at, "[");
  const out = new Map<number, Suggestion>();
  for (const [i, at] of fixes) {
    const t = tokens[i];
    const fixed = Array.from(t.text, (ch, k) => at.get(k) ?? ch).join("");
    const which = [...at].map(([k, ch]) => `"${ch}" read as "${t.text[k]}"`).join(", ");
    out.set(i, flag(t, "non-word", [{ text: fixed, score: 0.85, evidence: `brackets pair: ${which}` }]));
  }
  return out;
}

export const bracketPairs: Rule = {
  name: "bracket-pairs",
  title: "Brackets that do not pair",
  reasons: ["non-word"],
  evidence: "the bracket's partner in the same paragraph; a typewriter has no braces",
  constants: {},
  start: (scan) => {
    const found = bracketFixes(scan.text, scan.tokens);
    return (i) => found.get(i) ?? null;
  },
};
