import { describe, expect, it } from "vitest";
import { applyPatchExact } from "./apply-patch";
import { makeRevision } from "./make-revision";
import { replayChain } from "./replay";

describe("applyPatchExact", () => {
  const prev = "teh cat sat on teh mat";
  const next = "the cat sat on teh mat";
  const patch = makeRevision(prev, next).patchText;

  it("refuses a patch whose pre-image is not at its offset, where patch_apply would guess", () => {
    const moved = "XX" + prev;
    const result = applyPatchExact(moved, patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: "preimage_mismatch", hunk: 0 });
  });

  it("refuses malformed patch text", () => {
    const result = applyPatchExact(prev, "@@ nonsense @@\n+x\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("malformed_patch");
  });

  it("applies several hunks in order", () => {
    const a = "alpha ".repeat(30) + "beta " + "gamma ".repeat(30) + "delta";
    const b = a.replace("beta", "BETA").replace("delta", "DELTA");
    expect(applyPatchExact(a, makeRevision(a, b).patchText)).toEqual({ ok: true, value: b });
  });
});

describe("replayChain", () => {
  it("rebuilds the last text and names the seq of a broken link", () => {
    const texts = ["Genserslov", "Generalov", "Generalov, N. I."];
    const links = [1, 2].map((seq) => ({ seq, patch: makeRevision(texts[seq - 1], texts[seq]).patchText }));
    expect(replayChain(texts[0], links)).toEqual({ ok: true, value: texts[2] });
    const broken = [links[0], { seq: 2, patch: links[0].patch }];
    const result = replayChain(texts[0], broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.seq).toBe(2);
  });
});
