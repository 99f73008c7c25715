"use client";
import Link from "next/link";
import { useState } from "react";
import { acceptCollectionSuggestions } from "@/app/actions/records";
import { useServerAction } from "@/components/ui/use-server-action";

export interface DocumentSuggestions {
  documentId: string;
  title: string;
  items: { field: string; value: string | string[]; evidence: { text: string } }[];
}

/**
 * Every document's header suggestions in one table, each ticked to start with: a person reads
 * them down, unticks the wrong ones, and accepts the rest in one step.
 */
export function CollectionSuggestions({ collectionId, documents, labels, more }: { collectionId: string; documents: DocumentSuggestions[]; labels: Record<string, string>; more: boolean }) {
  const key = (d: string, f: string) => `${d}/${f}`;
  const [ticked, setTicked] = useState(() => new Set(documents.flatMap((d) => d.items.map((s) => key(d.documentId, s.field)))));
  const [done, setDone] = useState<number | null>(null);
  const { run, pending, error } = useServerAction();
  if (documents.length === 0) {
    return <p className="muted">No document’s header says anything its record lacks.</p>;
  }
  const accepted = documents.flatMap((d) => {
    const values = Object.fromEntries(d.items.filter((s) => ticked.has(key(d.documentId, s.field))).map((s) => [s.field, s.value]));
    return Object.keys(values).length ? [{ documentId: d.documentId, values }] : [];
  });
  return (
    <form
      aria-label="Suggestions from the headers"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => acceptCollectionSuggestions(collectionId, accepted), () => setDone(accepted.length));
      }}
    >
      <div className="table-scroll">
        <table className="doc-table">
          <thead>
            <tr><th scope="col">Accept</th><th scope="col">Document</th><th scope="col">Field</th><th scope="col">Value</th><th scope="col">From the line</th></tr>
          </thead>
          <tbody>
            {documents.flatMap((d) =>
              d.items.map((s) => {
                const k = key(d.documentId, s.field);
                const value = [s.value].flat().join("; ");
                return (
                  <tr key={k}>
                    <td>
                      <input
                        type="checkbox"
                        checked={ticked.has(k)}
                        aria-label={`Accept ${labels[s.field] ?? s.field} “${value}” for ${d.title}`}
                        onChange={(e) => {
                          const next = new Set(ticked);
                          if (e.target.checked) next.add(k);
                          else next.delete(k);
                          setTicked(next);
                        }}
                      />
                    </td>
                    <td><Link href={`/documents/${d.documentId}/record`}>{d.title}</Link></td>
                    <td>{labels[s.field] ?? s.field}</td>
                    <td>{value}</td>
                    <td><q className="evidence">{s.evidence.text}</q></td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </div>
      {more && <p className="muted">More documents have suggestions: the next ones come up as these are accepted.</p>}
      <div className="notice__actions">
        <button type="submit" className="button button--primary" disabled={pending || accepted.length === 0}>
          {pending ? "Accepting…" : `Accept the ticked suggestions for ${accepted.length} document${accepted.length === 1 ? "" : "s"}`}
        </button>
      </div>
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {done !== null && !error && <p className="notice notice--ok" role="status">Accepted for {done} document{done === 1 ? "" : "s"}.</p>}
    </form>
  );
}
