import type { Metadata } from "next";
import Link from "next/link";
import { FollowProgress } from "@/components/changesets/follow-progress";
import { CancelOcrJob } from "@/components/import/cancel-ocr-job";
import { TimeStamp } from "@/components/ui/time-stamp";
import { can } from "@/lib/auth/permissions";
import { getOcrJob } from "@/lib/data/ocr/get-ocr-job";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { languageName } from "@/lib/server/ocr/ocr-language-names";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reading pages" };

const STATUS = { queued: "Waiting", running: "Reading", done: "Read", failed: "Failed", cancelled: "Cancelled" } as const;

/** An OCR job: each page's progress while tesseract reads it, then a link to the document. */
export default async function OcrJobPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/ocr-jobs/${id}`);
  const job = await orNotFound(getOcrJob({ id }));
  const working = job.status === "queued" || job.status === "running";
  const read = job.pages.filter((p) => p.status === "done").length;
  return (
    <>
      <h1>OCR of “{job.title}”</h1>
      <FollowProgress active={working} />
      <p className="lede" role="status">
        {job.status === "done" && job.documentId ? (
          <>{job.pages.length === 1 ? "The page was read." : `All ${job.pages.length} pages were read.`} <Link className="button button--primary" href={`/documents/${job.documentId}`}>Open the document</Link></>
        ) : job.status === "failed" ? (
          <>The OCR stopped: {job.error}</>
        ) : job.status === "cancelled" ? (
          <>Cancelled: nothing was stored.</>
        ) : (
          <>{read} of {job.pages.length} page{job.pages.length === 1 ? "" : "s"} read. The pages are read on the server in {languageName(job.language)}; you can leave this page and come back.</>
        )}
      </p>
      <ol className="ocr-pages" aria-label="Pages">
        {job.pages.map((p) => (
          <li key={p.index} className="ocr-page">
            <span className="ocr-page__name">Page {p.index + 1}: {p.imageName}</span>
            <progress max={1} value={p.progress} aria-label={`Page ${p.index + 1} progress`} />
            <span className="muted">
              {STATUS[p.status]}
              {p.status === "running" && ` ${Math.round(p.progress * 100)}%`}
              {p.status === "done" && ` · ${p.words} words`}
            </span>
          </li>
        ))}
      </ol>
      <p className="muted">Started <TimeStamp iso={job.createdAt} />{job.finishedAt && <>, finished <TimeStamp iso={job.finishedAt} /></>}.</p>
      {working && can(user.role, "admin") && <CancelOcrJob id={job.id} />}
    </>
  );
}
