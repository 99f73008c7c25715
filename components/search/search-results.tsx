import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { SearchHit, SearchResult } from "@/lib/data/search/search-shape";
import { coverageLine } from "@/lib/search/coverage";
import type { SearchMode } from "@/lib/search/query";

/** Where a hit opens: the editor with the hit selected, or the raw OCR pane with it marked. */
export function hitHref(documentId: string, hit: Pick<SearchHit, "field" | "start" | "end">): string {
  const [from, to] = hit.field === "raw" ? ["rawStart", "rawEnd"] : ["start", "end"];
  return `/documents/${documentId}?${from}=${hit.start}&${to}=${hit.end}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** Results grouped by document, each hit as its line with the match marked; text, never HTML. */
export function SearchResults({ result, mode, nextHref, otherMode, replaceHref, annotate }: {
  result: SearchResult; mode: SearchMode; nextHref: string | null; otherMode: string; replaceHref: string | null; annotate?: ReactNode;
}) {
  return (
    <section aria-label="Results" className="search-results">
      <p className="coverage" role="status">
        {coverageLine(result, mode)}
        {result.uncorrected > 0 && mode !== "fuzzy" && <> <Link href={otherMode}>Search OCR-tolerant</Link></>}
      </p>
      {replaceHref && (
        <p className="search-actions">
          <Link className="button" href={replaceHref}>Replace…</Link>
          <span className="muted">every hit in the corrected texts, after a preview where you untick the ones to leave out</span>
        </p>
      )}
      {annotate}
      {result.notice && <p className="notice notice--info">{result.notice}</p>}
      {result.near && result.near.length > 1 && (
        <p className="muted near-words">
          Also searched:{" "}
          {result.near.filter((n) => n.distance > 0 || n.via).slice(0, 30).map((n, i) => (
            <span key={n.word}>
              {i > 0 && ", "}
              <q>{n.word}</q> ({n.via ? n.via.join(", ") : plural(n.distance, "edit")})
            </span>
          ))}
        </p>
      )}
      {result.items.length > 0 && (
        <ol className="result-list">
          {result.items.map((item) => (
            <li key={item.documentId} className="result">
              <h2 className="result__title">
                <Link href={`/documents/${item.documentId}`}>{item.title}</Link>
              </h2>
              <p className="result__meta">
                <span>{item.collectionName}</span>
                {item.sourceRef && <span>{item.sourceRef}</span>}
                <StatusBadge status={item.status} />
                <span>{plural(item.hitCount, "hit")}{item.inTitle ? ", and in the title" : ""}</span>
              </p>
              {item.hits.length > 0 && (
                <ol className="hit-list">
                  {item.hits.map((hit) => (
                    <li key={hit.id}>
                      <Link href={hitHref(item.documentId, hit)} className="hit">
                        {hit.before && <span className="hit__context">{hit.before}</span>}
                        <mark>{hit.text}</mark>
                        {hit.after && <span className="hit__context">{hit.after}</span>}
                      </Link>
                      {hit.field === "raw" && <span className="hit__tag">raw OCR</span>}
                      {hit.distance !== undefined && hit.distance > 0 && <span className="hit__tag">{plural(hit.distance, "edit")}</span>}
                    </li>
                  ))}
                </ol>
              )}
              {item.hitCount > item.hits.length && (
                <p className="muted">and {plural(item.hitCount - item.hits.length, "more hit")} in this document</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {nextHref && (
        <p className="pager">
          <Link className="button" href={nextHref}>{result.complete ? "Next page →" : "Search on →"}</Link>
        </p>
      )}
    </section>
  );
}
