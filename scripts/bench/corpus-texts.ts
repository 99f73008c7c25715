// A generated corpus for the `corpus` section of npm run bench (issue 11): documents of about
// 5 KB cut from the sample report, the memos and the typescript corpus, each copy varied so
// that the copies differ (a document number, OCR-like letter noise) and the names recur
// (capitalised words swapped for names drawn from a pool, most often the first ones).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { rng } from "./statistics";

const SHARED = new URL("../../../shared/", import.meta.url).pathname;

/** The source texts: the project's sample, and whatever of ../shared is there. */
export function sourceTexts(sample: string): string[] {
  const texts = [sample];
  const samples = join(SHARED, "samples");
  if (existsSync(samples)) for (const f of readdirSync(samples).filter((f) => /^memo-1947\..*\.txt$/.test(f))) texts.push(readFileSync(join(samples, f), "utf8"));
  const corpus = join(SHARED, "corpus/typescripts");
  if (existsSync(corpus)) for (const f of readdirSync(corpus).filter((f) => /\.(light|heavy|gt)\.txt$/.test(f))) texts.push(readFileSync(join(corpus, f), "utf8"));
  return texts;
}

const STEMS = ["Gener", "Otrosh", "Kotel", "Derev", "Vasil", "Fedor", "Rozan", "Shimur", "Nishik", "Ozern", "Wendl", "Kuzmin", "Petren", "Lavren", "Zhukov", "Belous", "Sorok", "Tkach", "Hrom", "Yarosh"];
const ENDS = ["alov", "chenko", "nikov", "yanko", "enko", "ovich", "anov", "a", "ura", "ling", "sky", "ets", "in"];
/** 260 surnames, in the order a Zipf draw favours. */
export const NAMES = STEMS.flatMap((s) => ENDS.map((e) => s + e));

/** OCR-like misreadings of a name: what "Genserslov" is to "Generalov". */
const CONFUSIONS: [RegExp, string][] = [[/m/, "rn"], [/h/, "li"], [/e/, "c"], [/a/, "s"], [/l/, "1"], [/o/, "0"], [/n/, "ri"]];


/** A Zipf-like draw from 0…n-1 (log-uniform): index k about twice as likely as 2k. */
const zipf = (random: () => number, n: number) => Math.min(n - 1, Math.floor(n ** random()) - 1);

export function misread(word: string, random: () => number): string {
  const rules = CONFUSIONS.filter(([re]) => re.test(word.slice(1)));
  if (!rules.length) return word;
  const [re, to] = rules[Math.floor(random() * rules.length)];
  return word[0] + word.slice(1).replace(re, to);
}

/** The misreading planted in every fifth document, five times, and what it should read. */
export const REPEATED_MISREADING = "Kuzrninsky";
export const ITS_CORRECTION = "Kuzminsky";

/** Document `i` of the corpus: about `size` characters of whole lines, varied. */
export function corpusDocument(i: number, sources: string[], size: number): { title: string; text: string } {
  const random = rng(i * 7919 + 13);
  const source = sources[i % sources.length];
  const lines = source.split("\n");
  let at = Math.floor(random() * lines.length);
  const picked: string[] = [];
  let length = 0;
  while (length < size) {
    const line = lines[at++ % lines.length];
    picked.push(line);
    length += line.length + 1;
  }
  const names = new Map<string, string>();
  const text = picked
    .join("\n")
    .replace(/\b[A-Z][a-z]{4,}\b/g, (w) => {
      if (!names.has(w)) names.set(w, random() < 0.35 ? NAMES[zipf(random, NAMES.length)] : w);
      const name = names.get(w)!;
      return random() < 0.15 ? misread(name, random) : name;
    })
    .replace(/\b[a-z]{4,}\b/g, (w) => (random() < 0.01 ? misread(w, random) : w));
  // Every fifth document misreads one name five times: 10,000 hits in 2,000 documents of the
  // full corpus, for the changeset figures.
  const marked = i % 5 === 0 ? `\n${Array.from({ length: 5 }, (_, k) => `Item ${k + 1}: seen with ${REPEATED_MISREADING} again.`).join("\n")}` : "";
  return { title: `Report ${i + 1}: ${names.values().next().value ?? "untitled"}`, text: `REPORT NO. ${i + 1}\n${text}${marked}` };
}
