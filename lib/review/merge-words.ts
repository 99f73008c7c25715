import { diff3Merge } from "node-diff3";
import { err, ok, type Result } from "../result";
import { tokenize } from "../revisions/word-diff";

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

/**
 * Merges a proposal (`mine`) and the current head (`theirs`), both made from `base`, at word
 * granularity: words, whitespace runs and single other code points are the units, so changes
 * to different words merge and changes to the same word conflict ("teh→the" against "teh→ten"
 * is a conflict, never "tne"). The same change made on both sides is not a conflict.
 * Never splits a surrogate pair: tokens are whole code points.
 */
export function mergeWords(base: string, mine: string, theirs: string): Result<string, MergeConflicts> {
  const o = tokenize(base);
  const offsets = [0];
  for (const t of o) offsets.push(offsets[offsets.length - 1] + t.length);
  const regions = diff3Merge(tokenize(mine), o, tokenize(theirs), { excludeFalseConflicts: true });
  const segments: MergeSegment[] = regions.map((r) =>
    r.conflict
      ? {
          kind: "conflict",
          base: r.conflict.o.join(""),
          mine: r.conflict.a.join(""),
          theirs: r.conflict.b.join(""),
          baseOffset: offsets[r.conflict.oIndex] ?? offsets[offsets.length - 1],
        }
      : { kind: "ok", text: (r.ok ?? []).join("") },
  );
  const conflicts = segments.filter((s): s is Extract<MergeSegment, { kind: "conflict" }> => s.kind === "conflict");
  if (conflicts.length) return err({ segments, conflicts });
  return ok(segments.map((s) => (s.kind === "ok" ? s.text : "")).join(""));
}
