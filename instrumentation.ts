/**
 * Runs once when the server starts: this process starts working the background jobs (lib/server/jobs;
 * work a restart or a crash interrupted is taken up again from the database), on PostgreSQL it
 * starts listening for live events (lib/server/events), and the English lexicon is built, so the
 * first document opened does not wait a second or two for its suggestions.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { workJobs } = await import("./lib/data/jobs/work-jobs");
  await workJobs();
  (await import("./lib/server/events/bus")).openEvents();
  setTimeout(() => void import("./lib/server/lexicon/english-lexicon").then(({ englishLexicon }) => englishLexicon()), 0);
}
