import { err, ok, type Result } from "../result";
import { proposalHunks, type Hunk } from "./hunks";

/** One stretch of a three-way merge, for the conflict view. */
export type MergeSegment =
  | { kind: "ok"; text: string }
  | {
      kind: "conflict";
      base: string;
      /** The proposal's version of the stretch. */
      mine: string;
      /** The head's version of the stretch (what landed since the proposal's base). */
      theirs: string;
      /** Where the stretch starts in the base text (UTF-16 units). */
      baseOffset: number;
    };

export interface MergeConflicts {
  segments: MergeSegment[];
  conflicts: Extract<MergeSegment, { kind: "conflict" }>[];
}

type Side = "mine" | "theirs";

// Semantic cleanup joins changes a few words apart into one region, which would turn two
// people's fixes to neighbouring words into a conflict: merging uses the minimal diff.
const MINIMAL = { semantic: false };
type Change = Hunk & { side: Side };

/**
 * Merges a proposal (`mine`) and the current head (`theirs`), both made from `base`, at word
 * granularity, as diff3 does: each side's changes are regions of the base (from a word-level
 * diff, so a change covers whole words); regions of one side apply as they are; where regions
 * of both sides overlap or touch, the result is a conflict unless both sides wrote the same
 * text there. "teh→the" against "teh→ten" is a conflict, never "tne"; an insertion right next
 * to the other side's deletion is a conflict too, for a person to decide.
 *
 * The regions come from diff-match-patch rather than an LCS over all tokens (node-diff3): on a
 * 1 MB text the tokens' LCS takes seconds (every space matches every space), while a diff with
 * common-prefix trimming and bisection takes milliseconds. Never splits a surrogate pair.
 */
export function mergeWords(base: string, mine: string, theirs: string): Result<string, MergeConflicts> {
  const changes: Change[] = [
    ...proposalHunks(base, mine, MINIMAL).map((h) => ({ ...h, side: "mine" as const })),
    ...proposalHunks(base, theirs, MINIMAL).map((h) => ({ ...h, side: "theirs" as const })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);

  const segments: MergeSegment[] = [];
  const pushOk = (text: string) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last?.kind === "ok") last.text += text;
    else segments.push({ kind: "ok", text });
  };

  let at = 0;
  for (let i = 0; i < changes.length; ) {
    // A cluster: changes whose base ranges overlap or touch one another.
    const cluster = [changes[i]];
    let end = changes[i].end;
    for (i++; i < changes.length && changes[i].start <= end; i++) {
      cluster.push(changes[i]);
      end = Math.max(end, changes[i].end);
    }
    const start = cluster[0].start;
    pushOk(base.slice(at, start));
    at = end;
    const version = (side: Side) => applyWithin(base, start, end, cluster.filter((c) => c.side === side));
    const sides = new Set(cluster.map((c) => c.side));
    if (sides.size === 1) {
      pushOk(version(cluster[0].side));
      continue;
    }
    const [m, t] = [version("mine"), version("theirs")];
    if (m === t) pushOk(m);
    else segments.push({ kind: "conflict", base: base.slice(start, end), mine: m, theirs: t, baseOffset: start });
  }
  pushOk(base.slice(at));

  const conflicts = segments.filter((s): s is Extract<MergeSegment, { kind: "conflict" }> => s.kind === "conflict");
  if (conflicts.length) return err({ segments, conflicts });
  return ok(segments.map((s) => (s.kind === "ok" ? s.text : "")).join(""));
}

/** base[start, end) with one side's changes (sorted, inside the range, not overlapping) applied. */
function applyWithin(base: string, start: number, end: number, changes: readonly Hunk[]): string {
  let out = "";
  let at = start;
  for (const c of changes) {
    out += base.slice(at, c.start) + c.after;
    at = c.end;
  }
  return out + base.slice(at, end);
}
