/** A diff-match-patch diff: op is -1 (delete), 0 (equal) or 1 (insert). */
export type Diff = [op: -1 | 0 | 1, text: string];

export const DIFF_DELETE = -1 as const;
export const DIFF_EQUAL = 0 as const;
export const DIFF_INSERT = 1 as const;

/** Code points inserted and deleted by one revision. */
export interface RevisionStats {
  inserted: number;
  deleted: number;
}

/** Everything a save needs, computed from one diff of the parent and the new text. */
export interface RevisionDelta {
  /** Surrogate-safe diffs, reused for the patch, the stats and annotation mapping. */
  diffs: Diff[];
  /** diff-match-patch patch text (patch_toText) from the parent to the new text. */
  patchText: string;
  stats: RevisionStats;
  /** True when diff_main stopped at Diff_Timeout: the patch is exact but coarse. */
  diffTimedOut: boolean;
}

export type ReplayError =
  | { code: "malformed_patch"; message: string }
  | { code: "preimage_mismatch"; message: string; hunk: number; offset: number };

export const PATCH_FORMAT = "dmp-1";
