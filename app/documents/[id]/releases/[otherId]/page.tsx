import type { Metadata } from "next";
import Link from "next/link";
import { SupplyButton } from "@/components/releases/relation-buttons";
import { can } from "@/lib/auth/permissions";
import { compareDocuments } from "@/lib/data/releases/compare-documents";
import type { Segment } from "@/lib/records/compare-releases";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare releases" };

const KIND_LABELS: Record<Segment["kind"], string> = {
  same: "Same",
  "redacted-here": "Withheld here",
  "redacted-there": "Withheld there",
  differs: "Differs",
};

/** Agreeing text longer than this shows its two ends: the differences are what a reader came for. */
const SAME_SHOWN = 160;

const shortened = (text: string) => (text.length <= SAME_SHOWN ? text : `${text.slice(0, SAME_SHOWN / 2)} … ${text.slice(-SAME_SHOWN / 2)}`);

/**
 * Two releases side by side, aligned word by word: what one withholds and the other shows,
 * what differs otherwise, and the agreeing text between. A span withheld here can be filled
 * from the other release as an annotation; the text itself never changes.
 */
export default async function CompareReleasesPage({ params }: { params: Promise<{ id: string; otherId: string }> }) {
  const { id, otherId } = await params;
  const user = await requirePageUser(`/documents/${id}/releases/${otherId}`);
  const { here, there, segments, supplied } = await orNotFound(compareDocuments({ documentId: id, otherId }));
  const isSupplied = (s: Segment) => supplied.some((a) => a.start === s.here.start && a.end === s.here.end);
  const count = (kind: Segment["kind"]) => segments.filter((s) => s.kind === kind).length;
  const canFill = can(user.role, "annotate");
  return (
    <div className="compare">
      <p>
        <Link href={`/documents/${id}/releases`}>← Releases</Link>
      </p>
      <section className="card compare__summary" aria-labelledby="compare-title">
        <h2 id="compare-title">
          This release (revision {here.headSeq}) beside <Link href={`/documents/${there.id}`}>{there.title}</Link> (revision {there.headSeq})
        </h2>
        <p>
          <strong>{count("redacted-here")}</strong> span{count("redacted-here") === 1 ? "" : "s"} withheld here and readable there,{" "}
          <strong>{count("redacted-there")}</strong> withheld there and readable here, <strong>{count("differs")}</strong> other difference{count("differs") === 1 ? "" : "s"}.
          The words are matched as OCR-tolerant search matches them, so the two releases’ different misreadings do not count as differences.
        </p>
      </section>
      <table className="compare__table">
        <caption className="visually-hidden">The two releases aligned</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">This release</th>
            <th scope="col">{there.title}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((s, i) => (
            <tr key={i} className={`compare__row compare__row--${s.kind}`}>
              <th scope="row">{KIND_LABELS[s.kind]}</th>
              <td data-label="This release">{s.kind === "same" ? shortened(s.here.text) : s.here.text || <span className="muted">nothing</span>}</td>
              <td data-label={there.title}>
                {s.kind === "same" ? shortened(s.there.text) : s.there.text || <span className="muted">nothing</span>}
                {s.kind === "redacted-here" && canFill && (
                  <div className="compare__fill">
                    {isSupplied(s) ? <span className="muted">Supplied as an annotation.</span> : <SupplyButton documentId={id} otherId={otherId} start={s.here.start} end={s.here.end} words={s.there.text} />}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
