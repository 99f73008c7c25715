import DiffMatchPatch from "diff-match-patch";

/**
 * Seconds diff_main may spend before it returns a coarse (still correct) diff.
 * Never 0: two unrelated 200 KB texts then take minutes.
 */
export const DIFF_TIMEOUT_SECONDS = 1;

/** A diff-match-patch instance with the workbench's settings. */
export function createDmp(): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  return dmp;
}
