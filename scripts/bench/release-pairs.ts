// Release pairs for the release-recovery bench (issue 25): a FRUS page's ground truth made into
// two releases that withhold different spans (names, and part of a line), each typeset in a
// typewriter face, degraded at the corpus's two levels and read by tesseract.js.
import sharp from "sharp";
import { findRedactions } from "../../lib/records/find-redactions";

export interface Release {
  /** The text as typeset. */
  text: string;
  /** Where each withheld span's bracket sits in `text`, by span index. */
  brackets: Map<number, { start: number; end: number }>;
  /** Where each span it shows sits in `text`, by span index. */
  shown: Map<number, { start: number; end: number }>;
  /** The brackets the page had already (withheld in both releases). */
  original: { start: number; end: number }[];
}

export interface Span {
  start: number;
  end: number;
  kind: "name" | "clause";
}

/** Columns a typed line holds (a typescript's 6.5-inch line at 10 characters per inch). */
const COLUMNS = 66;

/**
 * Spans a reviewer might withhold: runs of one to three capitalised words inside a sentence (a
 * name), and five to eight words inside one line (part of a line), none touching a bracket.
 */
export function candidateSpans(text: string): Span[] {
  const existing = findRedactions(text);
  const free = (s: number, e: number) => !existing.some((r) => s < r.end + 1 && r.start - 1 < e);
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const spans: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1].word;
    if (/[.:;!?]$/.test(prev) || !/^[A-Z][a-z]{2,}[,.]?$/.test(tokens[i].word)) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 2 && /^[A-Z][a-z]{2,}$/.test(tokens[j].word.replace(/[,.]$/, "")) && /^[A-Z][a-z]{2,}[,.]?$/.test(tokens[j + 1].word) && !/[,.]$/.test(tokens[j].word)) j++;
    const start = tokens[i].start;
    const end = tokens[j].end - (/[,.]$/.test(tokens[j].word) ? 1 : 0);
    if (free(start, end)) spans.push({ start, end, kind: "name" });
    i = j;
  }
  for (const line of text.matchAll(/[^\n]+/g)) {
    const words = [...line[0].matchAll(/[A-Za-z][A-Za-z'-]*/g)];
    if (words.length < 10) continue;
    const from = words[2];
    const to = words[Math.min(words.length - 3, 8)];
    const start = line.index + from.index;
    const end = line.index + to.index + to[0].length;
    if (free(start, end) && !spans.some((s) => s.start < end && start < s.end)) spans.push({ start, end, kind: "clause" });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The page with `withheld` spans replaced by FRUS brackets, paragraphs rewrapped to the typed line. */
export function makeRelease(text: string, spans: readonly Span[], withheld: ReadonlySet<number>): Release {
  // Rewrap first, on the page's own words, so that both releases start from the same lines.
  const marker = (i: number) => `\u0001${i}\u0002`;
  let marked = "";
  let at = 0;
  spans.forEach((s, i) => {
    marked += text.slice(at, s.start) + marker(i) + text.slice(s.start, s.end) + marker(i);
    at = s.end;
  });
  marked += text.slice(at);
  // The typist's end-of-line hyphens join their halves again before the page is retyped.
  const paragraphs = marked.replace(/-\n\s*(?=[a-z])/g, "-").split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  let out = "";
  const brackets = new Map<number, { start: number; end: number }>();
  const shown = new Map<number, { start: number; end: number }>();
  for (const p of paragraphs) {
    const filled = p.replace(/\u0001(\d+)\u0002(.*?)\u0001\1\u0002/g, (_m, i: string, words: string) =>
      withheld.has(Number(i)) ? `\u0001${i}\u0002${spans[Number(i)].kind === "name" ? "[name not declassified]" : "[less than 1 line of source text not declassified]"}\u0003` : `\u0001${i}\u0002${words}\u0003`,
    );
    const lines: string[] = [];
    let line = "";
    for (const word of filled.split(" ")) {
      const visible = word.replace(/\u0001\d+\u0002|\u0003/g, "");
      const lineVisible = line.replace(/\u0001\d+\u0002|\u0003/g, "");
      if (lineVisible && lineVisible.length + 1 + visible.length > COLUMNS) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(line);
    out += `${out ? "\n\n" : ""}${lines.join("\n")}`;
  }
  // Take the markers out, noting where each span landed.
  let clean = "";
  const open = new Map<number, number>();
  for (let k = 0; k < out.length; k++) {
    if (out[k] === "\u0001") {
      const close = out.indexOf("\u0002", k);
      open.set(Number(out.slice(k + 1, close)), clean.length);
      k = close;
    } else if (out[k] === "\u0003") {
      const [i, start] = [...open.entries()].at(-1)!;
      open.delete(i);
      (withheld.has(i) ? brackets : shown).set(i, { start, end: clean.length });
    } else {
      clean += out[k];
    }
  }
  const mine = new Set([...brackets.values()].map((b) => b.start));
  return { text: clean, brackets, shown, original: findRedactions(clean).filter((r) => r.kind === "bracket" && !mine.has(r.start)) };
}

/** A typed page: the text in a monospaced face, degraded as the corpus's levels are. */
export async function typeset(text: string, level: "light" | "heavy", seed: number): Promise<Buffer> {
  const lines = text.split("\n");
  const width = 1700;
  const lineHeight = 40;
  const height = Math.max(2200, 160 + lines.length * lineHeight);
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>${lines
    .map((l, i) => `<text x="150" y="${120 + i * lineHeight}" font-family="Liberation Mono, DejaVu Sans Mono, monospace" font-size="24" fill="#111" xml:space="preserve">${escape(l)}</text>`)
    .join("")}</svg>`;
  const page = sharp(Buffer.from(svg)).grayscale();
  let s = seed >>> 0;
  const random = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  if (level === "light") {
    // Light: a clean carbon with a soft edge and a little dirt.
    const { data, info } = await page.blur(0.9).raw().toBuffer({ resolveWithObject: true });
    for (let k = 0; k < data.length; k++) if (random() < 0.002) data[k] = 40;
    return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).png().withMetadata({ density: 200 }).toBuffer();
  }
  // Heavy: an inky ribbon and a poor copy: strokes spread (blurred, then cut dark), a slight skew,
  // specks of dirt and breaks in the letters, made 1-bit.
  const { data, info } = await page.rotate(0.7, { background: "#ffffff" }).blur(1.7).raw().toBuffer({ resolveWithObject: true });
  for (let k = 0; k < data.length; k++) {
    const r = random();
    if (r < 0.003) data[k] = 0;
    else if (r < 0.12 && data[k] < 200) data[k] = Math.min(255, data[k] + 120);
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).threshold(200).png().withMetadata({ density: 200 }).toBuffer();
}
