import type { Diff } from "./types";
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT } from "./types";

// diff-match-patch 1.0.5 works on UTF-16 code units, so a diff or a patch context can start or
// end between the two halves of a surrogate pair; patch_toText then throws URIError and the
// half characters would be meaningless anyway. These helpers move the boundaries outward.

export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);

type Item = { kind: "equal"; text: string } | { kind: "change"; del: string; ins: string };

/**
 * Returns diffs equivalent to `diffs` in which no boundary splits a surrogate pair.
 * Both texts must be well formed (no lone surrogates). A half pair at the edge of an
 * equality moves into the neighbouring change on both sides, so the change covers whole
 * code points; emptied equalities merge their neighbours.
 */
export function repairSurrogateDiffs(diffs: readonly Diff[]): Diff[] {
  const items: Item[] = [];
  for (const [op, text] of diffs) {
    if (text === "") continue;
    const last = items[items.length - 1];
    if (op === DIFF_EQUAL) {
      if (last?.kind === "equal") last.text += text;
      else items.push({ kind: "equal", text });
    } else {
      const change = last?.kind === "change" ? last : { kind: "change" as const, del: "", ins: "" };
      if (change !== last) items.push(change);
      if (op === DIFF_DELETE) change.del += text;
      else change.ins += text;
    }
  }

  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.kind !== "equal") continue;
    const prev = items[i - 1];
    const next = items[i + 1];
    if (prev?.kind === "change" && isLowSurrogate(item.text.charCodeAt(0))) {
      prev.del += item.text[0];
      prev.ins += item.text[0];
      item.text = item.text.slice(1);
    }
    if (next?.kind === "change" && item.text && isHighSurrogate(item.text.charCodeAt(item.text.length - 1))) {
      const ch = item.text[item.text.length - 1];
      next.del = ch + next.del;
      next.ins = ch + next.ins;
      item.text = item.text.slice(0, -1);
    }
  }

  const out: Diff[] = [];
  let pendingDel = "";
  let pendingIns = "";
  const flush = () => {
    if (pendingDel) out.push([DIFF_DELETE, pendingDel]);
    if (pendingIns) out.push([DIFF_INSERT, pendingIns]);
    pendingDel = pendingIns = "";
  };
  for (const item of items) {
    if (item.kind === "change") {
      pendingDel += item.del;
      pendingIns += item.ins;
    } else if (item.text) {
      flush();
      out.push([DIFF_EQUAL, item.text]);
    }
  }
  flush();
  return out;
}

/** The shape of a diff-match-patch patch object that the repair touches. */
interface PatchLike {
  diffs: Diff[];
  start1: number | null;
  start2: number | null;
  length1: number;
  length2: number;
}

/**
 * patch_make pads each hunk with context cut at a fixed width, which can split a pair.
 * Widens such contexts by one code unit. Prefix context comes from `text2` (earlier hunks
 * are already applied there); suffix context from `text1` (later text is not yet patched).
 */
export function repairPatchContexts(patches: PatchLike[], text1: string, text2: string): void {
  for (const patch of patches) {
    const first = patch.diffs[0];
    const start1 = patch.start1 ?? 0;
    const start2 = patch.start2 ?? 0;
    if (first?.[0] === DIFF_EQUAL && isLowSurrogate(first[1].charCodeAt(0)) && start2 > 0) {
      first[1] = text2[start2 - 1] + first[1];
      patch.start1 = start1 - 1;
      patch.start2 = start2 - 1;
      patch.length1 += 1;
      patch.length2 += 1;
    }
    const last = patch.diffs[patch.diffs.length - 1];
    const tail = last?.[1];
    if (last?.[0] === DIFF_EQUAL && tail && isHighSurrogate(tail.charCodeAt(tail.length - 1))) {
      const end1 = (patch.start1 ?? 0) + patch.length1;
      if (end1 < text1.length) {
        last[1] = tail + text1[end1];
        patch.length1 += 1;
        patch.length2 += 1;
      }
    }
  }
}
