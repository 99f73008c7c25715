import type { Correction, ExportAnnotation } from "./types";

// The accepted text as a tree that XML and HTML can both write: paragraphs (blank-line
// separated), and inside them annotations and corrections, properly nested. Where spans cross
// (two annotations, or an annotation and a paragraph break) the annotation is split into parts
// that the writers link (TEI @prev/@next). Corrections are never split: an annotation edge that
// falls inside a correction moves out to the correction's edge.

export type Span =
  | { kind: "correction"; start: number; end: number; correction: Correction; index: number }
  | { kind: "annotation"; start: number; end: number; annotation: ExportAnnotation };

export interface SpanNode {
  span: Span;
  children: SpanNode[];
}

export interface Paragraph {
  start: number;
  end: number;
  /** Page breaks (form feeds) in the blank lines before this paragraph. */
  pageBreaksBefore: number;
  children: SpanNode[];
}

export interface Structure {
  paragraphs: Paragraph[];
  /** Page breaks after the last paragraph. */
  trailingPageBreaks: number;
}

/** A blank line, with any spaces, tabs and form feeds around it, separates paragraphs. */
const SEPARATOR = /\n(?:[ \t\f\r]*\n)+[ \t\f\r]*/g;

/** Builds the paragraph and span tree of `text` (the accepted text). */
export function buildStructure(text: string, corrections: readonly Correction[], annotations: readonly ExportAnnotation[]): Structure {
  const paragraphs = splitParagraphs(text, corrections);
  const spans: Span[] = [];
  corrections.forEach((c, index) => spans.push({ kind: "correction", start: c.start, end: c.end, correction: c, index }));
  for (const a of annotations) {
    if (a.status === "orphaned" || a.end <= a.start) continue;
    const [start, end] = outsideCorrections(a.start, a.end, corrections);
    for (const p of paragraphs) {
      const [s, e] = [Math.max(start, p.start), Math.min(end, p.end)];
      if (e > s) spans.push({ kind: "annotation", start: s, end: e, annotation: a });
    }
  }
  const placed = new Map<Paragraph, Span[]>(paragraphs.map((p) => [p, []]));
  for (const s of spans) {
    // Zero-width corrections (deletions) may sit in a separator: they join the paragraph before it.
    const home = paragraphs.find((p) => s.start >= p.start && s.end <= p.end && (s.start < p.end || s.start === s.end))
      ?? paragraphs.findLast((p) => p.start <= s.start)
      ?? paragraphs[0];
    placed.get(home)!.push(s);
  }
  for (const p of paragraphs) p.children = nest(placed.get(p)!);
  const last = paragraphs[paragraphs.length - 1];
  const trailingPageBreaks = countFormFeeds(text.slice(last ? last.end : 0));
  return { paragraphs, trailingPageBreaks };
}

function countFormFeeds(s: string): number {
  let n = 0;
  for (const c of s) if (c === "\f") n++;
  return n;
}

/** Paragraph ranges; a separator that overlaps a correction does not split (a correction stays whole). */
function splitParagraphs(text: string, corrections: readonly Correction[]): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  let breaks = 0;
  for (const m of text.matchAll(SEPARATOR)) {
    const s = m.index ?? 0;
    const e = s + m[0].length;
    if (corrections.some((c) => c.start < e && c.end > s)) continue;
    if (s > start) out.push({ start, end: s, pageBreaksBefore: breaks, children: [] });
    breaks = (s > start ? 0 : breaks) + countFormFeeds(m[0]);
    start = e;
  }
  if (text.length > start || out.length === 0) out.push({ start, end: text.length, pageBreaksBefore: breaks, children: [] });
  return out;
}

/** Moves edges that fall strictly inside a correction out to its edges. */
function outsideCorrections(start: number, end: number, corrections: readonly Correction[]): [number, number] {
  for (const c of corrections) {
    if (c.start < start && start < c.end) start = c.start;
    if (c.start < end && end < c.end) end = c.end;
  }
  return [start, end];
}

const rank = (s: Span) => (s.kind === "annotation" ? 0 : 1);
const order = (a: Span, b: Span) => a.start - b.start || b.end - a.end || rank(a) - rank(b);

/**
 * Nests spans: longer ones outside, annotations outside corrections of the same range. A span
 * that would cross the end of its parent is cut there and its rest nested on its own.
 */
function nest(spans: Span[]): SpanNode[] {
  const queue = [...spans].sort(order);
  const roots: SpanNode[] = [];
  const stack: SpanNode[] = [];
  while (queue.length) {
    let s = queue.shift()!;
    while (stack.length && stack[stack.length - 1].span.end <= s.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && s.end > parent.span.end) {
      if (s.kind === "annotation") {
        insertSorted(queue, { ...s, start: parent.span.end });
        s = { ...s, end: parent.span.end };
      } else {
        // A correction never crosses: annotation edges were moved out of corrections.
        throw new Error("a correction crosses an annotation");
      }
    }
    const node: SpanNode = { span: s, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function insertSorted(queue: Span[], s: Span) {
  const at = queue.findIndex((q) => order(s, q) < 0);
  queue.splice(at < 0 ? queue.length : at, 0, s);
}

/** Every node in text order (parents before their children). */
function walk(nodes: readonly SpanNode[], visit: (node: SpanNode) => void) {
  for (const n of nodes) {
    visit(n);
    walk(n.children, visit);
  }
}

/**
 * The parts of each split annotation in text order, for linking them: for every annotation
 * node, its part id and the ids of the parts before and after it (null when whole).
 */
export function annotationParts(structure: Structure): Map<SpanNode, { id: string; prev: string | null; next: string | null }> {
  const groups = new Map<string, SpanNode[]>();
  for (const p of structure.paragraphs) {
    walk(p.children, (n) => {
      if (n.span.kind !== "annotation") return;
      const id = n.span.annotation.id;
      groups.set(id, [...(groups.get(id) ?? []), n]);
    });
  }
  const out = new Map<SpanNode, { id: string; prev: string | null; next: string | null }>();
  for (const [id, nodes] of groups) {
    const partId = (k: number) => (nodes.length === 1 ? id : `${id}-part${k + 1}`);
    nodes.forEach((n, k) => out.set(n, { id: partId(k), prev: k > 0 ? partId(k - 1) : null, next: k < nodes.length - 1 ? partId(k + 1) : null }));
  }
  return out;
}

/**
 * text[start, end) with its child spans rendered by `render` (given the rendering of their own
 * content) and the text between them by `writeText` (given the text and where it starts).
 */
export function renderRange(
  text: string,
  start: number,
  end: number,
  children: readonly SpanNode[],
  writeText: (text: string, at: number) => string,
  render: (node: SpanNode, inner: string) => string,
): string {
  let out = "";
  let at = start;
  for (const child of children) {
    out += writeText(text.slice(at, child.span.start), at);
    out += render(child, renderRange(text, child.span.start, child.span.end, child.children, writeText, render));
    at = child.span.end;
  }
  return out + writeText(text.slice(at, end), at);
}

/** Whitespace that lays text out in columns: a tab, or three or more spaces (two follow many a typed full stop). */
const LAYOUT_SPACE = /\t| {3,}/;

/**
 * Whether a paragraph is laid out with tabs or runs of spaces (a report's header block, a
 * distribution table) rather than running prose: at least half of its non-empty lines are.
 * Such paragraphs keep their columns in the editions; prose keeps flowing.
 */
export function isLaidOut(paragraph: string): boolean {
  const lines = paragraph.split("\n").filter((l) => l.trim() !== "");
  return lines.length > 0 && lines.filter((l) => LAYOUT_SPACE.test(l)).length * 2 >= lines.length;
}

/** The whitespace runs of a text that carry layout, as [text, run] pieces: "a\tb" → ["a", "\t", "b"]. */
export function splitLayoutSpace(text: string): string[] {
  return text.split(/(\t+| {2,})/);
}
