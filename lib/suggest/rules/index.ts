// The detector's rules, in the order they are asked about each token: the first that flags a
// token speaks for it, so a rule stands before another when its evidence is stronger or its
// reading more specific.
import { bracketPairs } from "./bracket-pairs";
import { capitalMidSentence } from "./capital-mid-sentence";
import { capitalsLookalikes } from "./capitals-lookalikes";
import { contextWords } from "./context-words";
import { engineDoubt } from "./engine-doubt";
import { entityVariants } from "./entity-variants";
import { honorifics } from "./honorifics";
import { imageRereads } from "./image-rereads";
import { learnedQuotes } from "./learned-quotes";
import { misreadNumbers } from "./misread-numbers";
import { nameInSmallLetters } from "./name-in-small-letters";
import { paragraphNumbers } from "./paragraph-numbers";
import { rareLookalikes } from "./rare-lookalikes";
import { repeatedNames } from "./repeated-names";
import type { Rule } from "./rule";
import { stops } from "./stops";
import { strayTokens } from "./stray-tokens";
import { teamRewrites } from "./team-rewrites";
import { tokenShape } from "./token-shape";
import { unknownWords } from "./unknown-words";

export const RULES: readonly Rule[] = [
  // A paragraph marker and a number are judged by the document's own numbering before any rule
  // reads them as words or symbols ("S." for "5." is no initial, "3949" no code).
  paragraphNumbers,
  misreadNumbers,
  // What the team has recorded outranks anything inferred: a registry variant, then an accepted rewrite.
  entityVariants,
  teamRewrites,
  // A bracket's partner says which bracket it is, wherever the pair's words lie: before the
  // token's own shape, which sees only brackets within one token.
  bracketPairs,
  // A token's shape (a stray symbol, capitals inside a word) shows a misreading whatever the
  // dictionary says, and its fixes are worked out symbol by symbol: before the dictionary's near words.
  tokenShape,
  strayTokens,
  // "Mes," before a name is a title, not an unknown word.
  honorifics,
  // Words: unknown ones first; a known one only for what the document's names and capitals say.
  unknownWords,
  repeatedNames,
  capitalsLookalikes,
  // Real words in the wrong place: weaker evidence, asked only of words the word rules passed.
  capitalMidSentence,
  rareLookalikes,
  nameInSmallLetters,
  contextWords,
  // A stop belongs to the token, not its word: asked after the word was found sound.
  stops,
  learnedQuotes,
  // The engine's doubt last: the weakest evidence, for words nothing else flagged; the image's
  // reading of a doubted word before the doubt alone (it also weighs every other rule's flag).
  imageRereads,
  engineDoubt,
];

export type { Rule };
