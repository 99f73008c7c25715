import { err, ok, type Result } from "../result";
import { changeRegions as diffRegions, mapOffset } from "../anchoring/map-offset";
import { createDmp } from "../revisions/dmp";
import type { Diff } from "../revisions/types";
import { tokenEndAt, tokenStartAt } from "../revisions/word-diff";

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
/** A change of one side: base [start, end) becomes `after`. UTF-16 units. */
interface Region {
  start: number;
  end: number;
  after: string;
}
type Change = Region & { side: Side };

/**
 * Merges a proposal (`mine`) and the current head (`theirs`), both made from `base`, at word
 * granularity, as diff3 does: each side's changes are regions of the base covering whole
 * words; regions of one side apply as they are; where regions
 * of both sides overlap or touch, the result is a conflict unless both sides wrote the same
 * text there. "teh→the" against "teh→ten" is a conflict, never "tne"; an insertion right next
 * to the other side's deletion is a conflict too, for a person to decide.
 *
 * The regions come from a character diff (diff-match-patch, no cleanup) widened to whole tokens,
 * rather than from an LCS over all tokens (node-diff3) or a token diff: on a 1 MB text the LCS
 * takes seconds and merely tokenising takes over 100 ms, while the character diff takes a few.
 * Without semantic cleanup, fixes a few words apart stay separate regions and merge. Never
 * splits a surrogate pair.
 */
export function mergeWords(base: string, mine: string, theirs: string): Result<string, MergeConflicts> {
  const changes: Change[] = [
    ...changeRegions(base, mine).map((h) => ({ ...h, side: "mine" as const })),
    ...changeRegions(base, theirs).map((h) => ({ ...h, side: "theirs" as const })),
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

/**
 * What `other` changed in `base`, as regions of base widened to whole tokens (words, whitespace
 * runs, code points), in order; regions that overlap or touch after widening are joined.
 */
export function changeRegions(base: string, other: string): Region[] {
  const regions = diffRegions(createDmp().diff_main(base, other, false) as Diff[]);
  const joined: { start: number; end: number }[] = [];
  for (const r of regions) {
    const start = tokenStartAt(base, r.from);
    const end = tokenEndAt(base, r.to);
    const last = joined[joined.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else joined.push({ start, end });
  }
  // An insertion right at a joined region's edge belongs to it: anchoring's "end" side maps an
  // edge to before such an insertion and its "start" side to after it, so the start maps with
  // "end" and the end with "start" to take it in.
  return joined.map((r) => ({ ...r, after: other.slice(mapOffset(regions, r.start, "end"), mapOffset(regions, r.end, "start")) }));
}

/** base[start, end) with one side's changes (sorted, inside the range, not overlapping) applied. */
function applyWithin(base: string, start: number, end: number, changes: readonly Region[]): string {
  let out = "";
  let at = start;
  for (const c of changes) {
    out += base.slice(at, c.start) + c.after;
    at = c.end;
  }
  return out + base.slice(at, end);
}
