import type { Metadata } from "next";
import Link from "next/link";
import { FollowProgress } from "@/components/changesets/follow-progress";
import { JobControls } from "@/components/admin/job-controls";
import { TimeStamp } from "@/components/ui/time-stamp";
import { listJobs } from "@/lib/data/jobs/list-jobs";
import { requirePageUser } from "@/lib/server/http/auth";
import { JOB_STATUSES, type JobStatus } from "@/lib/server/jobs/job-shape";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Jobs" };

const STATUS_LABEL: Record<JobStatus, string> = { waiting: "Waiting", running: "Running", done: "Done", failed: "Failed", cancelled: "Cancelled" };

/** Background work (OCR, changesets, second readings, error rates): what waits, runs and failed, with retry and cancel. */
export default async function JobsPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requirePageUser("/admin/jobs", "admin");
  const asked = (await searchParams).status;
  const status = JOB_STATUSES.find((s) => s === asked);
  const jobs = await listJobs({ status });
  const working = jobs.some((j) => j.status === "waiting" || j.status === "running");
  return (
    <>
      <div className="page-head">
        <h1>Jobs</h1>
        <span className="muted">{jobs.length} {status ? STATUS_LABEL[status].toLowerCase() : "in the last week"}</span>
      </div>
      <FollowProgress active={working} />
      <nav className="tabs" aria-label="Jobs by status">
        <Link className={`tab${status ? "" : " tab--current"}`} href="/admin/jobs" aria-current={status ? undefined : "page"}>All</Link>
        {JOB_STATUSES.map((s) => (
          <Link key={s} className={`tab${status === s ? " tab--current" : ""}`} href={`/admin/jobs?status=${s}`} aria-current={status === s ? "page" : undefined}>{STATUS_LABEL[s]}</Link>
        ))}
      </nav>
      {jobs.length === 0 ? (
        <p className="empty-state">
          {status ? `No ${STATUS_LABEL[status].toLowerCase()} jobs.` : "No background work in the last week."} Jobs appear here when pages are read by OCR, a changeset is applied or undone, or a saved revision is measured.
        </p>
      ) : (
        <table className="doc-table stack-table jobs-table">
          <thead>
            <tr>
              <th scope="col">Work</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Sent</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id}>
                <td data-label="Work">
                  {j.href ? <Link href={j.href}>{j.label}</Link> : j.label}
                  {j.progress !== null && j.status !== "done" && <progress max={1} value={j.progress} aria-label={`Progress of ${j.label}`} />}
                  {j.error && <div className="form-error">{j.status === "waiting" ? "Last run failed, tries again: " : ""}{j.error}</div>}
                </td>
                <td data-label="Status"><span className={`badge badge--job-${j.status}`}>{STATUS_LABEL[j.status]}</span></td>
                <td data-label="Attempts">{j.attempts} of {j.maxAttempts}</td>
                <td data-label="Sent"><TimeStamp iso={j.createdAt} />{j.finishedAt && <div className="muted">ended <TimeStamp iso={j.finishedAt} /></div>}</td>
                <td data-label="Actions"><JobControls id={j.id} status={j.status} cancellable={j.cancellable} label={j.label} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        Every app process runs jobs; one whose process stopped is taken up by another within a few minutes. A failed job has used all its attempts: retry it once its cause is fixed.
      </p>
    </>
  );
}
