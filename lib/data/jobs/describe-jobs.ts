import "server-only";
import { getDb } from "../../server/db";
import { awaitsReread } from "../../layers/low-confidence";
import { JOB_KINDS, isJobKind, type JobData } from "../../server/jobs/job-kinds";
import { errorOf, OPEN_STATES, statusOf, type JobRecord, type JobView } from "../../server/jobs/job-shape";
import { parseOcrJobPages } from "../ocr/ocr-job-shape";
import { parsePageLayer } from "../pages/page-shape";

interface About {
  label: string;
  href: string | null;
  progress: number | null;
  documentIds?: string[];
}

/**
 * Jobs as people read them: each with what it works on and how far that is, read from the work
 * itself (the OCR job's pages, the changeset's parts), since a job is one run of a chain.
 */
export async function describeJobs(jobs: readonly JobRecord[]): Promise<JobView[]> {
  const about = await aboutAll(jobs);
  return jobs.map((job, i) => ({
    id: job.id,
    kind: job.name,
    status: statusOf(job.state),
    ...about[i]!,
    attempts: job.startedOn ? job.retryCount + 1 : job.retryCount,
    maxAttempts: job.retryLimit + 1,
    error: job.state === "retry" || job.state === "failed" ? errorOf(job.output) : null,
    createdAt: job.createdOn.toISOString(),
    startedAt: job.startedOn?.toISOString() ?? null,
    finishedAt: job.completedOn?.toISOString() ?? null,
    cancellable: job.name !== "changeset" && (job.state === "created" || job.state === "retry" || job.state === "active"),
  }));
}

async function aboutAll(jobs: readonly JobRecord[]): Promise<About[]> {
  const db = getDb();
  // The Jobs page reads this every second while work goes on: the heavy columns (an OCR job's
  // pages, the pages' layers) are read only for jobs still open, which are few.
  const open = jobs.filter((j) => OPEN_STATES.includes(j.state));
  const ids = (list: readonly JobRecord[], kind: string, key: string) => [...new Set(list.filter((j) => j.name === kind).map((j) => String((j.data as Record<string, unknown>)[key])))];
  const rereading = ids(open, "reread", "documentId");
  const [ocr, ocrPages, changesets, documents, layers, recipients] = await Promise.all([
    db.ocrJob.findMany({ where: { id: { in: ids(jobs, "ocr", "ocrJobId") } }, select: { id: true, title: true, documentId: true } }),
    db.ocrJob.findMany({ where: { id: { in: ids(open, "ocr", "ocrJobId") } }, select: { id: true, pages: true } }),
    db.changeset.findMany({ where: { id: { in: ids(jobs, "changeset", "changesetId") } }, select: { id: true, message: true, status: true, documents: { select: { status: true, revertSeq: true } } } }),
    db.document.findMany({ where: { id: { in: [...ids(jobs, "reread", "documentId"), ...ids(jobs, "error-rates", "documentId")] } }, select: { id: true, title: true } }),
    db.page.findMany({ where: { documentId: { in: rereading } }, select: { documentId: true, layer: true } }),
    db.user.findMany({ where: { id: { in: ids(jobs, "email", "userId") } }, select: { id: true, displayName: true } }),
  ]);
  // A finished OCR job's pages are its document's.
  const made = ocr.flatMap((o) => (o.documentId ? [o.documentId] : []));
  const pageCounts = new Map((await db.page.groupBy({ by: ["documentId"], where: { documentId: { in: made } }, _count: { _all: true } })).map((g) => [g.documentId, g._count._all]));
  const ocrById = new Map(ocr.map((o) => [o.id, o]));
  const ocrPagesById = new Map(ocrPages.map((o) => [o.id, parseOcrJobPages(o.pages)]));
  const changesetById = new Map(changesets.map((c) => [c.id, c]));
  const documentById = new Map(documents.map((d) => [d.id, d]));
  return jobs.map((job): About => {
    const title = isJobKind(job.name) ? JOB_KINDS[job.name].title : job.name;
    if (job.name === "ocr") {
      const { ocrJobId } = job.data as JobData["ocr"];
      const row = ocrById.get(ocrJobId);
      if (!row) return { label: `${title} of a job since deleted`, href: null, progress: null };
      const pages = ocrPagesById.get(ocrJobId);
      const total = pages?.length ?? (row.documentId ? pageCounts.get(row.documentId) : undefined);
      const read = pages ? pages.filter((p) => p.status === "done").length : total;
      const counted = total === undefined ? "" : `: ${read} of ${total} page${total === 1 ? "" : "s"} read`;
      return { label: `${title} of “${row.title}”${counted}`, href: `/ocr-jobs/${row.id}`, progress: pages?.length ? read! / pages.length : null, ...(row.documentId ? { documentIds: [row.documentId] } : {}) };
    }
    if (job.name === "changeset") {
      const { changesetId } = job.data as JobData["changeset"];
      const row = changesetById.get(changesetId);
      if (!row) return { label: `${title} since deleted`, href: null, progress: null };
      const undoing = row.status === "reverting" || row.status === "reverted";
      const done = row.documents.filter((d) => (undoing ? d.revertSeq !== null || d.status === "revert_conflict" : d.status !== "pending")).length;
      return { label: `${title} “${row.message}”: ${undoing ? "undoing" : "applying"}, ${done} of ${row.documents.length} documents`, href: `/changesets/${row.id}`, progress: row.documents.length ? done / row.documents.length : null };
    }
    if (job.name === "email") {
      const { userId, digest } = job.data as JobData["email"];
      const name = recipients.find((u) => u.id === userId)?.displayName ?? "an account since removed";
      return { label: `${digest ? "Daily digest" : title} to ${name}`, href: null, progress: null };
    }
    const { documentId, ...rest } = job.data as JobData["reread" | "error-rates"];
    const doc = documentById.get(documentId);
    const name = doc ? `“${doc.title}”` : "a document since deleted";
    const href = doc ? `/documents/${documentId}` : null;
    if (job.name === "reread") {
      const own = layers.filter((p) => p.documentId === documentId);
      const waiting = own.filter((p) => awaitsReread(parsePageLayer(p.layer))).length;
      return { label: `${title} from the page images of ${name}`, href, progress: own.length ? 1 - waiting / own.length : null, documentIds: [documentId] };
    }
    const seq = "seq" in rest ? ` (revision ${rest.seq})` : "";
    return { label: `${title} of ${name}${seq}`, href, progress: null, documentIds: [documentId] };
  });
}
