import "server-only";
import { Worker } from "node:worker_threads";
import { findMatches, type FindMatch } from "../../find/find-matches";

/** How long one document may take before the expression is stopped on it. */
export const REGEX_DOCUMENT_BUDGET_MS = 500;

export interface ScanText {
  key: string;
  text: string;
}

export type ScanOutcome = { key: string; matches: FindMatch[]; capped: boolean } | { key: string; stopped: true };

// The worker is findMatches' own source, as in the editor's find bar: one implementation, and
// no file to bundle beside the server. It answers after each text, so a text that runs away is
// known by name and the texts before it keep their results.
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const findMatches = ${findMatches.toString()};
parentPort.on("message", ({ texts, source, caseSensitive, limit }) => {
  for (const { key, text } of texts) {
    const r = findMatches(text, source, { caseSensitive, wholeWord: false, regex: true }, limit);
    parentPort.postMessage(r.ok ? { key, matches: r.matches, capped: r.capped } : { key, matches: [], capped: false });
  }
});`;

/**
 * Runs a regular expression over texts in a worker thread, so that the server's event loop is
 * never blocked: a text that takes over REGEX_DOCUMENT_BUDGET_MS is stopped (the worker is
 * terminated and a fresh one takes the rest), and once `deadline` passes, the texts not yet
 * searched are left out. Answers one outcome per text searched, in order.
 */
export async function scanWithRegex({ texts, source, caseSensitive, limit, deadline }: { texts: ScanText[]; source: string; caseSensitive: boolean; limit: number; deadline: number }): Promise<ScanOutcome[]> {
  const outcomes: ScanOutcome[] = [];
  let next = 0;
  while (next < texts.length && Date.now() < deadline) {
    const batch = texts.slice(next);
    const got = await runWorker(batch, { source, caseSensitive, limit }, deadline);
    outcomes.push(...got.outcomes);
    next += got.outcomes.length;
    if (got.stoppedAt !== null) {
      outcomes.push({ key: batch[got.stoppedAt].key, stopped: true });
      next++;
    }
  }
  return outcomes;
}

function runWorker(texts: ScanText[], options: { source: string; caseSensitive: boolean; limit: number }, deadline: number) {
  return new Promise<{ outcomes: ScanOutcome[]; stoppedAt: number | null }>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    const outcomes: ScanOutcome[] = [];
    let timer: NodeJS.Timeout;
    const finish = (stoppedAt: number | null) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve({ outcomes, stoppedAt });
    };
    // Restarted after each answer: the text now running has this long, or until the deadline.
    const arm = () => {
      clearTimeout(timer);
      const left = deadline - Date.now();
      timer = setTimeout(() => finish(left < REGEX_DOCUMENT_BUDGET_MS && outcomes.length < texts.length ? null : outcomes.length), Math.max(0, Math.min(REGEX_DOCUMENT_BUDGET_MS, left)));
    };
    worker.on("message", (outcome: ScanOutcome) => {
      outcomes.push(outcome);
      if (outcomes.length === texts.length) finish(null);
      else arm();
    });
    worker.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    arm();
    worker.postMessage({ texts, ...options });
  });
}
