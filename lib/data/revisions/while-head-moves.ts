import { isAppError } from "../../errors";

/**
 * How long a write goes on retrying after other writes moved the document's head under it.
 * Every lost round means someone else's write landed, so a burst of N writes on one document
 * needs at most N rounds for the last of them; seconds cover any burst a team produces.
 */
const RETRY_FOR_MS = 15_000;

/**
 * Runs `attempt` (read the head, work out the text, write guarded on that head seq) again
 * whenever it fails with stale_base, after a short random pause that spreads racing writers
 * out, until it lands or RETRY_FOR_MS has passed; then the last stale_base is thrown. This is
 * the head-seq guard's other half: optimistic, with no lock held while texts are merged.
 */
export async function whileHeadMoves<T>(attempt: () => Promise<T>): Promise<T> {
  const giveUpAt = Date.now() + RETRY_FOR_MS;
  for (let round = 1; ; round++) {
    try {
      return await attempt();
    } catch (e) {
      if (!(isAppError(e) && e.code === "stale_base") || Date.now() > giveUpAt) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(5 * round, 50)));
    }
  }
}
