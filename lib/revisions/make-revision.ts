import { createDmp, DIFF_TIMEOUT_SECONDS } from "./dmp";
import { repairPatchContexts, repairSurrogateDiffs } from "./surrogates";
import type { Diff, RevisionDelta, RevisionStats } from "./types";
import { DIFF_DELETE, DIFF_INSERT } from "./types";

/** Code points, not UTF-16 units: what a reader calls characters. */
const countCodePoints = (text: string) => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/** Code points inserted and deleted by `diffs`. */
export function diffStats(diffs: readonly Diff[]): RevisionStats {
  let inserted = 0;
  let deleted = 0;
  for (const [op, text] of diffs) {
    if (op === DIFF_INSERT) inserted += countCodePoints(text);
    else if (op === DIFF_DELETE) deleted += countCodePoints(text);
  }
  return { inserted, deleted };
}

/**
 * Diffs `prev` against `next` once (diff_main, then diff_cleanupSemantic), makes the
 * surrogate-safe diffs and the patch text from them. Both texts must be well formed UTF-16.
 * `now` is injectable so that tests can simulate a diff that hit Diff_Timeout.
 */
export function makeRevision(prev: string, next: string, now: () => number = Date.now): RevisionDelta {
  const dmp = createDmp();
  const started = now();
  const raw = dmp.diff_main(prev, next);
  // diff_main gives no signal when it stops at the deadline, so measure the time instead.
  const diffTimedOut = now() - started >= DIFF_TIMEOUT_SECONDS * 1000;
  dmp.diff_cleanupSemantic(raw);
  const diffs = repairSurrogateDiffs(raw as Diff[]);
  const patches = dmp.patch_make(prev, diffs);
  repairPatchContexts(patches as never, prev, next);
  return { diffs, patchText: dmp.patch_toText(patches), stats: diffStats(diffs), diffTimedOut };
}
