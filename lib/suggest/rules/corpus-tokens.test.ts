// "No rule names a token, name or year from a corpus": the rules are checked against the corpora's
// own names (and their OCR's misreadings of them) and years, read from the shared folder.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedFolder } from "../../../test/shared-folder";
import { englishLexicon } from "../../server/lexicon/english-lexicon";
import { coreOf, tokenize } from "../tokens";

const shared = sharedFolder("corpus/typescripts/README.md");
const SOURCES = join(import.meta.dirname, "..");

/**
 * The corpora's names: every capitalised word of three letters or more, in the ground truth or the
 * OCR, that English does not know, and every year from 1800 to 1999 they write.
 */
function corpusNames(root: string): Set<string> {
  const lexicon = englishLexicon();
  const names = new Set<string>();
  for (const corpus of readdirSync(join(root, "corpus"))) {
    const dir = join(root, "corpus", corpus);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      for (const t of tokenize(readFileSync(join(dir, file), "utf8"))) {
        const w = coreOf(t)?.text ?? "";
        if (/^1[89]\d\d$/u.test(w)) names.add(w);
        for (const part of w.split(/[-/]/u)) if (/^\p{Lu}/u.test(part) && part.length >= 3 && !lexicon.has(part) && !lexicon.has(part.toLowerCase())) names.add(part);
      }
    }
  }
  return names;
}

/** The detector's sources: every module of lib/suggest but the tests. */
const sources = () =>
  readdirSync(SOURCES, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => ({ file: f, text: readFileSync(join(SOURCES, f), "utf8") }));

// Skipped, and shown as skipped, where the shared folder is not beside the project.
describe.runIf(shared)("the suggestion rules", () => {
  it("name no word, name or year of either corpus, in code or comments", () => {
    const names = corpusNames(shared!);
    // The check can fail: the corpora hold names, and the typescripts' first page opens with one.
    expect(names.size).toBeGreaterThan(100);
    const named = sources().flatMap(({ file, text }) => {
      const words = new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
      return [...names].filter((n) => words.has(n)).map((n) => `${file}: ${n}`);
    });
    expect(named).toEqual([]);
  });
});
