import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";

interface Props {
  id: string;
  title: string;
  sourceRef: string | null;
  status: string;
  headSeq: number;
  text: string;
  pages: { id: string; index: number }[];
}

const EXPORTS = [
  ["txt", "Plain text"],
  ["tei", "TEI P5"],
  ["html", "Reading edition (HTML)"],
  ["json", "JSON with W3C annotations"],
] as const;

/**
 * A document of a public collection, as anyone sees it without an account: the accepted text
 * (as text, never markup), its page images through IIIF, and the exports. Nothing to change.
 */
export function PublicDocument({ id, title, sourceRef, status, headSeq, text, pages }: Props) {
  return (
    <>
      <div className="doc-head">
        <div>
          <h1 className="doc-head__title">{title}</h1>
          <p className="doc-head__meta">
            {sourceRef && <span className="source-ref">{sourceRef}</span>}
            <StatusBadge status={status} />
            <span>Revision {headSeq}</span>
          </p>
        </div>
      </div>
      <p className="notice" role="note">
        This collection is public: you are reading it without an account. <Link href={`/sign-in?next=${encodeURIComponent(`/documents/${id}`)}`}>Sign in</Link> to correct it.
      </p>
      <section className="card" aria-labelledby="public-text">
        <h2 id="public-text">Text</h2>
        <pre className="public-text" tabIndex={0} aria-label={`The text of ${title}`}>{text}</pre>
      </section>
      <section className="card" aria-labelledby="public-downloads">
        <h2 id="public-downloads">Download</h2>
        <ul className="public-downloads">
          {EXPORTS.map(([format, label]) => (
            <li key={format}><a href={`/api/documents/${id}/export?format=${format}`}>{label}</a></li>
          ))}
          {pages.length > 0 && <li><a href={`/api/documents/${id}/export?format=alto`}>ALTO 4 XML (the text on the page images)</a></li>}
          {pages.length > 0 && <li><a href={`/iiif/documents/${id}/manifest.json`}>IIIF manifest</a> (open it in Mirador or any IIIF viewer)</li>}
        </ul>
      </section>
      {pages.length > 0 && (
        <section className="card" aria-labelledby="public-pages">
          <h2 id="public-pages">Pages</h2>
          <ul className="public-pages">
            {pages.map((p) => (
              <li key={p.id}>
                <a href={`/iiif/${p.id}/full/max/0/default.jpg`}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a IIIF image service, not a static file */}
                  <img src={`/iiif/${p.id}/full/!240,320/0/default.jpg`} alt={`Page ${p.index + 1}`} width={120} loading="lazy" />
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
