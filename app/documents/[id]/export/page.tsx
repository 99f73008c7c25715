import type { Metadata } from "next";
import { FORMAT_DESCRIPTIONS } from "@/components/export/format-list";
import { FORMAT_NAMES, needsBoxes } from "@/lib/export/formats";
import { listPages } from "@/lib/data/pages/list-pages";
import { getDocumentSummary } from "@/lib/data/documents/get-document-summary";
import { requirePageUser } from "@/lib/server/http/auth";
import { orNotFound } from "@/lib/server/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Export" };

export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageUser(`/documents/${id}/export`);
  const [doc, pages] = await Promise.all([orNotFound(getDocumentSummary({ id })), orNotFound(listPages({ documentId: id }))]);
  // The box formats place the text on page images: they are offered only where there are some.
  const hasLayers = pages.some((p) => p.ocr.status === "done");
  const formats = FORMAT_NAMES.filter((f) => hasLayers || !needsBoxes(f));
  const href = (format: string, variant?: string, inline?: boolean) =>
    `/api/documents/${id}/export?${new URLSearchParams({ format, ...(variant ? { variant } : {}), ...(inline ? { download: "0" } : {}) })}`;
  return (
    <>
      <p className="lede">
        The edition is the accepted text at revision {doc.headSeq}. The diplomatic variant is the raw OCR with the same annotations, for
        comparison. The whole collection downloads as a zip from <a href={`/collections/${doc.collectionId}`}>its page</a>.
      </p>
      <p>
        <a className="button button--primary" href={href("html", undefined, true)} target="_blank" rel="noopener">Open the reading edition</a>
      </p>
      {pages.length > 0 && (
        <p>
          IIIF: the pages and their transcription as a{" "}
          <a href={`/iiif/documents/${id}/manifest.json`}>IIIF Presentation 3 manifest</a>, which Mirador or any IIIF viewer opens.
        </p>
      )}
      {!hasLayers && (
        <p className="muted">
          ALTO, PAGE XML, hOCR and line images for OCR training are offered for documents imported with page images and their OCR layers.
        </p>
      )}
      <table className="doc-table export-table">
        <thead>
          <tr>
            <th scope="col">Format</th>
            <th scope="col">What it holds</th>
            <th scope="col">Download</th>
          </tr>
        </thead>
        <tbody>
          {formats.map((format) => (
            <tr key={format}>
              <th scope="row">{FORMAT_DESCRIPTIONS[format].label}</th>
              <td className="muted">{FORMAT_DESCRIPTIONS[format].help}</td>
              <td className="export-links">
                {/* The visible word starts the accessible name (WCAG 2.5.3); the format follows, unseen. */}
                <a href={href(format)} download>Edition<span className="visually-hidden"> as {FORMAT_DESCRIPTIONS[format].label}</span></a>
                {FORMAT_DESCRIPTIONS[format].diplomatic && (
                  <a href={href(format, "diplomatic")} download>Diplomatic<span className="visually-hidden"> as {FORMAT_DESCRIPTIONS[format].label}</span></a>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
