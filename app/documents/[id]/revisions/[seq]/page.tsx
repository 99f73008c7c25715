import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RawText } from "@/components/document/raw-text";
import { TimeStamp } from "@/components/ui/time-stamp";
import { getRevision } from "@/lib/data/revisions/revisions";
import { orNotFound } from "@/lib/server/http/or-not-found";
import { requirePageUser } from "@/lib/server/http/auth";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Revision" };

export default async function RevisionPage({ params }: { params: Promise<{ id: string; seq: string }> }) {
  const { id, seq: seqParam } = await params;
  await requirePageUser(`/documents/${id}/revisions/${seqParam}`);
  const seq = Number(seqParam);
  if (!Number.isInteger(seq) || seq < 0) notFound();
  const rev = await orNotFound(getRevision({ documentId: id, seq }));
  return (
    <section className="card" aria-labelledby="rev-title">
      <h2 id="rev-title">
        Revision {rev.seq}: {rev.message}
      </h2>
      <p className="muted">
        {rev.authorName}, <TimeStamp iso={rev.createdAt} /> · {rev.length.toLocaleString("en")} characters · SHA-256{" "}
        <code title={rev.sha256}>{rev.sha256.slice(0, 12)}…</code> ·{" "}
        <Link href={`/documents/${id}/history?from=${Math.max(0, seq - 1)}&to=${seq}`}>what changed</Link>
      </p>
      <RawText text={rev.text} label={`Text at revision ${rev.seq}`} />
    </section>
  );
}
