import "server-only";
import { getDb } from "../../server/db";
import { runRevert } from "./revert-changeset";
import { runChangeset } from "./run-changeset";

/**
 * How long one run of a changeset job works: some 20 s of documents, then the next run takes
 * over, so that a run whose process died is taken up again within the kind's short expiry.
 */
export const CHANGESET_RUN_MS = 20_000;

/** One run of a changeset job (the job engine's "changeset" kind): applying, or undoing. */
export async function runChangesetJob({ changesetId }: { changesetId: string }): Promise<"more" | "done"> {
  const row = await getDb().changeset.findUnique({ where: { id: changesetId }, select: { status: true } });
  if (row?.status === "applying") return runChangeset({ id: changesetId, budgetMs: CHANGESET_RUN_MS });
  if (row?.status === "reverting") return runRevert({ id: changesetId, budgetMs: CHANGESET_RUN_MS });
  return "done";
}
