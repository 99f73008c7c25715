import "server-only";
import { reanchorAll } from "../../anchoring/reanchor";
import type { DbTx } from "../../server/db";
import type { Diff } from "../../revisions/types";
import { readLiveAnchors } from "./revision-sql";

/** Above every offset a document can have (the size limit is far below), within a 32-bit integer. */
const PARK = 2 ** 30;

/**
 * Re-anchors every live annotation of a document through one new head revision, inside the
 * transaction that writes it, reusing that revision's diffs. Most annotations only shift: they
 * move in one UPDATE per run of equal shift (a range of old start offsets), the few near an
 * edit are then written one by one, absolute values overwriting any shift they received.
 */
export async function reanchorAnnotations({ tx, ...input }: { tx: DbTx; documentId: string; diffs: readonly Diff[]; text: string; seq: number }) {
  const anchors = await readLiveAnchors(tx, input.documentId);
  const counts = { anchored: 0, fuzzy: 0, orphaned: 0 };
  if (anchors.length === 0) return counts;
  const results = reanchorAll(anchors, input.diffs, input.text);

  const runs: { from: number; to: number; delta: number }[] = [];
  const changed: { id: string; data: Record<string, unknown> }[] = [];
  for (const [i, r] of results.entries()) {
    const before = anchors[i];
    counts[r.status]++;
    const delta = r.start - before.start;
    const sameQuote = r.exact === before.exact && r.prefix === before.prefix && r.suffix === before.suffix;
    if (r.status !== "orphaned" && r.status === before.status && sameQuote && r.end - before.end === delta) {
      const run = runs[runs.length - 1];
      if (run && run.delta === delta) run.to = before.start;
      else runs.push({ from: before.start, to: before.start, delta });
      continue;
    }
    changed.push({
      id: before.id,
      data:
        r.status === "orphaned"
          ? { status: "orphaned", score: 0, start: before.start, end: before.end }
          : { start: r.start, end: r.end, exact: r.exact, prefix: r.prefix, suffix: r.suffix, status: r.status, score: r.score, anchoredSeq: input.seq },
    });
  }
  // Shifted rows are parked above PARK (beyond any text) so that no later run's range of old
  // offsets can catch them again, then brought back in one statement.
  for (const run of runs) {
    await tx.annotation.updateMany({
      where: { documentId: input.documentId, status: { not: "orphaned" }, start: { gte: run.from, lte: run.to } },
      data: { start: { increment: run.delta + PARK }, end: { increment: run.delta + PARK }, anchoredSeq: input.seq },
    });
  }
  if (runs.length) {
    await tx.annotation.updateMany({
      where: { documentId: input.documentId, start: { gte: PARK } },
      data: { start: { decrement: PARK }, end: { decrement: PARK } },
    });
  }
  for (const c of changed) await tx.annotation.update({ where: { id: c.id }, data: c.data });
  return counts;
}
