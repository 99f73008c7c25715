import type { Db } from "../../lib/server/db";
import { JOB_KINDS, type JobKind } from "../../lib/server/jobs/job-kinds";
import { createJobQueue } from "../../lib/server/jobs/jobs";
import { OPEN_STATES, workKey } from "../../lib/server/jobs/job-shape";

/** More open jobs than a workbench ever holds at once; the count is checked, never cut silently. */
const MAX_OPEN = 100_000;

/**
 * Sends the source's open jobs (waiting, to retry, or running when the app stopped) to the
 * target's engine, which may be another kind (SQLite's adapter to pg-boss, or back): the work a
 * copy would otherwise leave undone (OCR of pages, a changeset, error rates). A job the target
 * already has open, by kind and data, is not sent again, so a resumed copy sends each once.
 * A running job starts afresh; each kind's run finds what is left to do.
 */
export async function carryOpenJobs({ from, to }: { from: Db; to: Db }): Promise<{ carried: number; alreadyThere: number }> {
  const [source, target] = [createJobQueue(from), createJobQueue(to)];
  await Promise.all([source.start(), target.start()]);
  try {
    const open = await source.list({ states: OPEN_STATES, limit: MAX_OPEN });
    if (open.length === MAX_OPEN) throw new Error(`The source holds ${MAX_OPEN} or more open jobs: let them finish before copying`);
    const there = new Set((await target.list({ states: OPEN_STATES, limit: MAX_OPEN })).map(workKey));
    let carried = 0;
    for (const job of [...open].reverse()) {
      if (there.has(workKey(job))) continue;
      const kind = JOB_KINDS[job.name as JobKind];
      if (!kind) throw new Error(`Job ${job.id} is of an unknown kind, ${job.name}`);
      const { title: _title, ...options } = kind;
      await target.send(job.name, job.data as object, options);
      there.add(workKey(job));
      carried++;
    }
    return { carried, alreadyThere: open.length - carried };
  } finally {
    await Promise.all([source.stop(), target.stop()]);
  }
}
