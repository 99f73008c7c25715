"use client";
import { findMatches, type FindOptions, type FindResult } from "@/lib/find/find-matches";

/** How long a regular expression may search before it is stopped. */
export const FIND_BUDGET_MS = 1000;

let worker: Worker | null = null;
let workerUrl: string | null = null;
let pending: ((r: FindResult | null) => void) | null = null;

function spawn(): Worker {
  // The worker is findMatches' own source: one implementation, and nothing to bundle separately.
  workerUrl ??= URL.createObjectURL(
    new Blob([`const findMatches = ${findMatches.toString()};\nonmessage = (e) => postMessage(findMatches(e.data.text, e.data.query, e.data.options));`], { type: "text/javascript" }),
  );
  return new Worker(workerUrl);
}

/**
 * Finds matches without ever freezing the tab: a literal query is searched here (escaped, it is
 * linear), a regular expression in a worker that is stopped after FIND_BUDGET_MS. A newer search
 * stops an older one still running; the older answers null.
 */
export function runFind(text: string, query: string, options: FindOptions): Promise<FindResult | null> {
  if (!options.regex || !query) return Promise.resolve(findMatches(text, query, options));
  if (pending) {
    worker?.terminate();
    worker = null;
    pending(null);
    pending = null;
  }
  return new Promise((resolve) => {
    const w = (worker ??= spawn());
    const timer = setTimeout(() => {
      w.terminate();
      worker = null;
      pending = null;
      resolve({ ok: false, error: `The expression searched for over ${FIND_BUDGET_MS / 1000} s and was stopped. Nested repeats such as (a+)+ can take forever: make it simpler.` });
    }, FIND_BUDGET_MS);
    pending = (r) => {
      clearTimeout(timer);
      resolve(r);
    };
    w.onmessage = (e: MessageEvent<FindResult>) => {
      pending = null;
      clearTimeout(timer);
      resolve(e.data);
    };
    w.postMessage({ text, query, options });
  });
}
