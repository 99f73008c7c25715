// Real words in a context English does not allow: OCR's commonest lookalike confusions between
// two common words ("be"/"he", "end"/"and", "bad"/"had"), each told apart by the words beside it,
// as context-sensitive spelling correction does with its confusion sets. Only contexts where one
// of the pair is ungrammatical are used: "because be had" can only be "he", "the end" only "end".
import { flag, type Suggestion } from "../suggestion";
import type { Token } from "../tokens";
import type { Rule } from "./rule";

const set = (words: string) => new Set(words.split(" "));

/** Finite verbs and auxiliaries that follow a subject, never "be". */
const FINITE = set("had has have was were is are did does said could would should will can may might must told");
const MODAL = set("to will would could should may might must can cannot shall not");
const DETERMINER = set("the a an this that these those its his her their our my your no each either every one any");
/** Words that end or stand before "end" as a noun: "at the end", "no end", "dead end", "end to". */
const NOUN_END_AFTER = set("of to in up for");
const SUBJECT = set("he she it they we i who which there");
/** "the same", "this same", "much the same": "same" without these is "some" misread. */
const SAME_BEFORE = set("the this that these those very much exactly nearly almost just all one");
const FOR_NEXT = set("the a an his her their its this that these those him them me us you it some several many all each every");

interface ConfusionSet {
  /** The word as it was read, in small letters. */
  read: string;
  /** What it stands for where `applies`. */
  typed: string;
  /** The word before and after (small letters, stops stripped; "" at a sentence's edge). */
  applies: (before: string, after: string) => boolean;
  why: string;
}

const SETS: ConfusionSet[] = [
  { read: "be", typed: "he", applies: (b, a) => FINITE.has(a) && !MODAL.has(b), why: "a verb follows, as after a subject" },
  { read: "he", typed: "be", applies: (b) => b === "to" || (MODAL.has(b) && b !== "not"), why: "after \"to\" or a modal verb" },
  { read: "end", typed: "and", applies: (b, a) => b !== "" && a !== "" && !DETERMINER.has(b) && !NOUN_END_AFTER.has(a) && !/^(west|east|north|south|far|dead|rear|upper|lower|tail|week|year|front|back|deep)$/u.test(b), why: "no article or adjective before it, as a noun has" },
  { read: "bad", typed: "had", applies: (b) => SUBJECT.has(b), why: "after a subject, where a verb goes" },
  { read: "same", typed: "some", applies: (b) => b !== "" && !SAME_BEFORE.has(b), why: "without \"the\" before it" },
  { read: "far", typed: "for", applies: (b, a) => FOR_NEXT.has(a) && b !== "so" && b !== "as", why: "before an article or pronoun" },
  { read: "bees", typed: "been", applies: (b) => /^(has|have|had|having)$/u.test(b), why: "after \"have\"" },
];

const byRead = new Map(SETS.map((r) => [r.read, r]));

/** The word of a token in small letters, and whether a stop ends it. */
const bare = (t: Token | undefined) => (t ? t.text.toLowerCase().replace(/^["“'‘(]+|["”'’),.;:!?]+$/gu, "") : "");
const stopped = (t: Token | undefined) => !t || /[.;:!?]["”’)]*$/u.test(t.text);

/** A common word misread as another, where the words beside it allow only the other. */
function contextFlag(tokens: readonly Token[], cores: readonly (Token | null)[], i: number): Suggestion | null {
  const core = cores[i];
  if (!core || core.text.length > 4) return null;
  const lower = core.text.toLowerCase();
  const rule = byRead.get(lower);
  if (!rule || (core.text !== lower && core.text !== lower[0].toUpperCase() + lower.slice(1))) return null;
  // A capital before is a name or a sentence's start ("May he"), never the small word a rule means.
  const before = stopped(tokens[i - 1]) || /^\p{Lu}/u.test(tokens[i - 1].text) ? "" : bare(tokens[i - 1]);
  const after = stopped(tokens[i]) ? "" : bare(tokens[i + 1]);
  if (!rule.applies(before, after)) return null;
  const typed = core.text === lower ? rule.typed : rule.typed[0].toUpperCase() + rule.typed.slice(1);
  return flag(core, "real-word", [{ text: typed, score: 0.6, evidence: `"${typed}" is often misread as "${core.text}", and fits here: ${rule.why}` }]);
}


export const contextWords: Rule = {
  name: "context-words",
  title: "A common word where grammar needs its lookalike",
  reasons: ["real-word"],
  evidence: "the words either side: \"because be had\" can only be \"he\", \"the end\" only \"end\"",
  constants: {},
  // Half a word split at a line end is no word of its own.
  start: (scan) => (i) => (scan.splitsAt(i) ? null : contextFlag(scan.tokens, scan.cores, i)),
};
