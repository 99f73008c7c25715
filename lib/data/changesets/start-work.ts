import "server-only";
import { getDb } from "../../db";
import { isRunning, runChangeset } from "./run-changeset";
import { isReverting, runRevert } from "./revert-changeset";

/**
 * Runs a changeset's pending work (applying, or undoing) in the background of this process, past
 * the request that asked for it; progress is in the database, where GET /api/changesets/:id and
 * the changeset page read it. Called again on every read, so that work a restart interrupted
 * carries on: a part is atomic, and the runner skips the parts already done.
 */
export async function startWork(id: string): Promise<void> {
  const row = await getDb().changeset.findUnique({ where: { id }, select: { status: true } });
  const run = row?.status === "applying" && !isRunning(id) ? runChangeset : row?.status === "reverting" && !isReverting(id) ? runRevert : null;
  if (!run) return;
  void run({ id }).catch((e) => console.error(`Changeset ${id} stopped: ${(e as Error).stack ?? e}`));
}
