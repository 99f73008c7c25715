import { createDmp } from "../revisions/dmp";
import type { Diff } from "../revisions/types";
import { diffWords } from "../revisions/word-diff";
import type { Correction, ExportRevision } from "./types";

/**
 * Which revision made each character of the accepted text (0: it was in the raw OCR), and which
 * revision deleted text at each place: walks the chain once, diffing each revision against its
 * parent. `texts[i]` is the text of revision i.
 */
export function blame(texts: readonly string[]): { origin: Int32Array; deletions: Map<number, number> } {
  let origin = new Int32Array(texts[0]?.length ?? 0);
  let deletions = new Map<number, number>();
  const dmp = createDmp();
  for (let seq = 1; seq < texts.length; seq++) {
    const diffs = dmp.diff_main(texts[seq - 1], texts[seq], false) as Diff[];
    const next = new Int32Array(texts[seq].length);
    const moved = new Map<number, number>();
    let a = 0;
    let b = 0;
    const carry = (from: number, to: number) => {
      const mark = deletions.get(from);
      if (mark !== undefined) moved.set(to, Math.max(moved.get(to) ?? 0, mark));
    };
    for (const [op, text] of diffs) {
      if (op === 0) {
        for (let i = 0; i < text.length; i++) {
          carry(a + i, b + i);
          next[b + i] = origin[a + i];
        }
        a += text.length;
        b += text.length;
      } else if (op === -1) {
        for (let i = 0; i <= text.length; i++) carry(a + i, b);
        moved.set(b, seq);
        a += text.length;
      } else {
        next.fill(seq, b, b + text.length);
        b += text.length;
      }
    }
    carry(a, b);
    origin = next;
    deletions = moved;
  }
  return { origin, deletions };
}

/**
 * Every word-level difference between the raw OCR and the accepted text, in text order, with the
 * revision that made it (the latest one to touch it) and who accepted that revision.
 */
export function findCorrections(texts: readonly string[], revisions: readonly ExportRevision[]): Correction[] {
  const raw = texts[0] ?? "";
  const accepted = texts[texts.length - 1] ?? "";
  if (raw === accepted) return [];
  const { origin, deletions } = blame(texts);
  const bySeq = new Map(revisions.map((r) => [r.seq, r]));
  const out: Correction[] = [];
  let rawAt = 0;
  let at = 0;
  let open: Correction | null = null;
  for (const [op, text] of diffWords(raw, accepted)) {
    if (op === 0) {
      if (open) out.push(open);
      open = null;
      rawAt += text.length;
      at += text.length;
      continue;
    }
    open ??= { start: at, end: at, rawStart: rawAt, rawEnd: rawAt, sic: "", corr: "", seq: 0, approvedBy: null, approvedAt: null };
    if (op === -1) {
      open.sic += text;
      open.rawEnd = rawAt += text.length;
    } else {
      open.corr += text;
      open.end = at += text.length;
    }
  }
  if (open) out.push(open);
  const corrections = out.flatMap(onlyAdditions);
  for (const c of corrections) {
    let seq = 0;
    for (let i = c.start; i < c.end; i++) seq = Math.max(seq, origin[i]);
    for (let i = c.start; i <= c.end; i++) seq = Math.max(seq, deletions.get(i) ?? 0);
    // A difference nothing in the chain accounts for (a diff's alignment moved it) goes to the head.
    c.seq = seq || texts.length - 1;
    const rev = bySeq.get(c.seq);
    c.approvedBy = rev?.approvedBy ?? null;
    c.approvedAt = rev?.approvedAt ?? null;
  }
  return corrections;
}

/**
 * A change that keeps the OCR reading and only adds around it ("Nikolayevich" →
 * "[Nikolayevich]") is additions, not a replacement: the OCR's word stays as read, and the
 * brackets are supplied.
 */
function onlyAdditions(c: Correction): Correction[] {
  const at = c.sic ? c.corr.indexOf(c.sic) : -1;
  if (at < 0 || c.corr === c.sic) return [c];
  const before = c.corr.slice(0, at);
  const after = c.corr.slice(at + c.sic.length);
  const parts: Correction[] = [];
  if (before) parts.push({ ...c, end: c.start + before.length, rawEnd: c.rawStart, sic: "", corr: before });
  if (after) parts.push({ ...c, start: c.end - after.length, rawStart: c.rawEnd, sic: "", corr: after });
  return parts;
}
