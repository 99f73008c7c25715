import { err, ok, type Result } from "../result";
import { createDmp } from "./dmp";
import { pieceText, pieceTextToString, spliceExact, type PieceText } from "./piece-text";
import type { ReplayError } from "./types";
import { DIFF_DELETE, DIFF_INSERT } from "./types";

interface Hunk {
  /** Offset of the hunk in the text as patched so far (UTF-16 units). */
  at: number;
  before: string;
  after: string;
}

/** Parses diff-match-patch patch text into exact hunks. */
export function parsePatch(patchText: string): Result<Hunk[], ReplayError> {
  // @types/diff-match-patch types patch_fromText's items as the class, not its instances.
  let patches: { diffs: [number, string][]; start2: number | null }[];
  try {
    patches = createDmp().patch_fromText(patchText) as unknown as typeof patches;
  } catch (e) {
    return err({ code: "malformed_patch", message: e instanceof Error ? e.message : String(e) });
  }
  return ok(
    patches.map((patch) => {
      let before = "";
      let after = "";
      for (const [op, text] of patch.diffs) {
        if (op !== DIFF_INSERT) before += text;
        if (op !== DIFF_DELETE) after += text;
      }
      // start2 is where the hunk sits once the hunks before it are applied.
      return { at: patch.start2 ?? 0, before, after };
    }),
  );
}

/**
 * Applies a patch exactly: every hunk's pre-image must be present at its offset.
 * Unlike patch_apply, which searches fuzzily and reports success while misplacing text,
 * this fails with the hunk and offset that did not match.
 */
export function applyPatchExact(text: string, patchText: string): Result<string, ReplayError> {
  const t = pieceText(text);
  const applied = applyPatchToPieces(t, patchText);
  return applied.ok ? ok(pieceTextToString(t)) : applied;
}

/** applyPatchExact on a piece text, for replaying long chains without copying the text per patch. */
export function applyPatchToPieces(t: PieceText, patchText: string): Result<null, ReplayError> {
  const parsed = parsePatch(patchText);
  if (!parsed.ok) return parsed;
  for (const [index, hunk] of parsed.value.entries()) {
    if (!spliceExact(t, hunk.at, hunk.before, hunk.after)) {
      return err({
        code: "preimage_mismatch",
        message: `hunk ${index} does not match the text at offset ${hunk.at}`,
        hunk: index,
        offset: hunk.at,
      });
    }
  }
  return ok(null);
}
