"use client";
import { useState } from "react";
import { changePageStatus } from "@/app/actions/pages";
import { useServerAction } from "@/components/ui/use-server-action";
import { PAGE_STATUSES, PAGE_STATUS_LABELS, isPageStatus, pageIsDone, type PageStatus } from "@/lib/team/page-status";
import type { PageView } from "./use-page-boxes";

interface Props {
  documentId: string;
  pages: PageView[];
  /** Takes the editor (and the image, when open) to a page. */
  onOpen(index: number): void;
  /** Correctors set a page's status; reviewers may also mark it checked. */
  canSet: boolean;
  canCheck: boolean;
  /** The editor's "line by line" view: each line's picture above its text. */
  lineByLine: { on: boolean; set(on: boolean): void; loading: boolean; error: string | null };
}

const labelOf = (status: string | undefined) => PAGE_STATUS_LABELS[isPageStatus(status ?? "") ? (status as PageStatus) : "not_started"];

/**
 * The pages of a paged document as thumbnails with their status: a click goes to the page, and
 * the chosen page's status is set below the strip. The count of pages done heads it.
 */
export function PageStrip({ documentId, pages, onOpen, canSet, canCheck, lineByLine }: Props) {
  const [chosen, setChosen] = useState(0);
  const { run, pending, error } = useServerAction();
  const done = pages.filter((p) => pageIsDone(p.status ?? "")).length;
  const page = pages[chosen];
  const status: PageStatus = page && isPageStatus(page.status ?? "") ? (page.status as PageStatus) : "not_started";
  return (
    <section className="page-strip" aria-label="Pages">
      <p className="page-strip__count">{done} of {pages.length} page{pages.length === 1 ? "" : "s"} done</p>
      <ol className="page-strip__list">
        {pages.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              className={`page-strip__page page-strip__page--${p.status ?? "not_started"}`}
              aria-current={i === chosen ? "true" : undefined}
              onClick={() => (setChosen(i), onOpen(p.index))}
              aria-label={`Page ${p.index + 1}: ${labelOf(p.status)}`}
              title={`Page ${p.index + 1}: ${labelOf(p.status)}`}
            >
              <img src={`/iiif/${p.id}/full/!48,64/0/default.jpg`} alt="" width={24} height={32} loading="lazy" />
              <span aria-hidden="true">{p.index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      {page && canSet && (
        <label className="page-strip__status">
          Status of page {page.index + 1}{" "}
          <select value={status} disabled={pending} onChange={(e) => run(() => changePageStatus(documentId, page.id, e.target.value))}>
            {PAGE_STATUSES.map((s) => (
              <option key={s} value={s} disabled={(s === "checked" || status === "checked") && !canCheck && s !== status}>{PAGE_STATUS_LABELS[s]}</option>
            ))}
          </select>
        </label>
      )}
      <label className="page-strip__lines">
        <input type="checkbox" checked={lineByLine.on} onChange={(e) => lineByLine.set(e.target.checked)} /> Line by line: the page image above each line
      </label>
      {lineByLine.loading && <span className="muted" role="status">Reading the lines of the pages…</span>}
      {(error || lineByLine.error) && <p className="form-error" role="alert">{error ?? lineByLine.error}</p>}
    </section>
  );
}
