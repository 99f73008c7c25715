// Time to approve a proposal onto a head that moved 10 revisions since the proposal's base
// (issue 4): read the proposal, rebuild its base, word-level three-way merge, store the revision,
// re-anchor, settle the proposal. Imported by scripts/bench.ts after it points DATABASE_URL at a
// temporary database.
import { performance } from "node:perf_hooks";

const HEAD_MOVES = 10;

interface Options {
  text: string;
  trials: number;
  /** A deterministic source of randomness. */
  random: () => number;
  facts: { byteLength: number; bomStripped: boolean; lineEndings: { crlf: number; cr: number } };
}

/** Changes the letter at a random position of a word far from `avoid` (so the merge is clean). */
function fixLetterAwayFrom(text: string, random: () => number, avoid: number[]): string {
  for (;;) {
    const at = Math.floor(random() * text.length);
    if (!/[a-z]/.test(text[at]) || avoid.some((a) => Math.abs(a - at) < 64)) continue;
    avoid.push(at);
    return text.slice(0, at) + (text[at] === "e" ? "a" : "e") + text.slice(at + 1);
  }
}

/** Approval times in ms, one per trial; each trial proposes one fix, then moves the head 10 times. */
export async function measureApproval({ text, trials, random, facts }: Options): Promise<{ times: number[]; merged: number }> {
  const { getDb } = await import("../../lib/server/db");
  const { createDocument } = await import("../../lib/data/documents/create-document");
  const { createRevision } = await import("../../lib/data/revisions/create-revision");
  const { createProposal } = await import("../../lib/data/proposals/create-proposal");
  const { approveProposal } = await import("../../lib/data/proposals/approve-proposal");
  const db = getDb();
  const [author, reviewer] = await Promise.all(
    ["corrector", "reviewer"].map((role) =>
      db.user.create({ data: { username: `bench-${role}-${text.length}`, displayName: role, role }, select: { id: true, username: true, displayName: true, role: true } }),
    ),
  );
  const collection = await db.collection.create({ data: { name: `approve bench ${text.length}`, settings: {} }, select: { id: true } });
  const doc = await createDocument({ title: "approve bench", text, facts, authorId: null, collectionId: collection.id });
  let head = text;
  let seq = 0;
  let merged = 0;
  const times: number[] = [];
  for (let t = 0; t < trials; t++) {
    const touched: number[] = [];
    const proposed = fixLetterAwayFrom(head, random, touched);
    const proposal = await createProposal({ documentId: doc.id, baseSeq: seq, text: proposed, message: "fix", author: { ...author, role: "corrector" } });
    for (let i = 0; i < HEAD_MOVES; i++) {
      head = fixLetterAwayFrom(head, random, touched);
      await createRevision({ documentId: doc.id, baseSeq: seq, text: head, message: "elsewhere", authorId: reviewer.id });
      seq++;
    }
    const t0 = performance.now();
    const result = await approveProposal({ proposalId: proposal.id, reviewer: { ...reviewer, role: "reviewer" } });
    times.push(performance.now() - t0);
    if (result.merged) merged++;
    seq = result.seq;
    head = (await db.document.findUniqueOrThrow({ where: { id: doc.id }, select: { headText: true } })).headText;
  }
  return { times, merged };
}
