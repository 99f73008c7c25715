"use client";
import type OpenSeadragonNS from "openseadragon";
import { useEffect, useRef, useState } from "react";
import type { Box } from "@/lib/layers/types";
import type { PageView } from "./use-page-boxes";

interface Props {
  pages: readonly PageView[];
  /** The page to show and what to outline on it: the word at the caret and its line. */
  focus: { page: number; word: Box | null; line: Box | null } | null;
  /** A click (not a drag) on the image, in image pixels of page `page`. */
  onPick?(page: number, x: number, y: number): void;
  /** Boxes to tint (low-confidence words), per page. */
  tinted?: readonly (readonly Box[])[];
  /** Boxes drawn on the image for redactions, by page id, with what each says on hover. */
  redactionBoxes?: readonly { pageId: string; box: Box; title: string }[];
  /** A box drawn on the image (image pixels) with "Read this region again"; absent for those who cannot edit. */
  onRegion?(page: number, region: Box): void;
  /** A box drawn on the image marked as redacted (the words it covers); absent for those who cannot annotate. */
  onRedactRegion?(page: number, region: Box): void;
  /** Low-confidence shading (in the editor and on the image), toggled from the image's toolbar. */
  shadeLowConfidence: boolean;
  onShadeLowConfidence(on: boolean): void;
}

/**
 * The page image with deep zoom (OpenSeadragon over the IIIF Image API), the word at the caret
 * outlined and its line shaded. OpenSeadragon touches `window`, so it loads in the browser only.
 */
export function PageViewer({ pages, focus, onPick, tinted, redactionBoxes, onRegion, onRedactRegion, shadeLowConfidence, onShadeLowConfidence }: Props) {
  const host = useRef<HTMLDivElement | null>(null);
  const viewer = useRef<OpenSeadragonNS.Viewer | null>(null);
  const osd = useRef<typeof OpenSeadragonNS | null>(null);
  const marks = useRef<{ word: HTMLDivElement; line: HTMLDivElement } | null>(null);
  const [page, setPage] = useState(0);
  const [opened, setOpened] = useState(-1);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;
  // Drawing a region: a layer over the image takes the pointer while it is on.
  const [drawing, setDrawing] = useState(false);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const [region, setRegion] = useState<Box | null>(null);
  const toImage = (clientX: number, clientY: number) => {
    const v = viewer.current, OpenSeadragon = osd.current, el = host.current;
    if (!v || !OpenSeadragon || !el) return null;
    const r = el.getBoundingClientRect();
    return v.viewport.viewerElementToImageCoordinates(new OpenSeadragon.Point(clientX - r.left, clientY - r.top));
  };

  useEffect(() => {
    let live = true;
    void import("openseadragon").then(({ default: OpenSeadragon }) => {
      if (!live || !host.current) return;
      osd.current = OpenSeadragon;
      const v = OpenSeadragon({
        element: host.current,
        tileSources: pages.map((p) => `/iiif/${p.id}/info.json`),
        sequenceMode: pages.length > 1,
        showNavigationControl: false,
        showSequenceControl: false,
        showNavigator: false,
        drawer: "canvas",
        crossOriginPolicy: false,
        gestureSettingsMouse: { clickToZoom: false, dblClickToZoom: true },
        gestureSettingsTouch: { clickToZoom: false, dblClickToZoom: true },
        visibilityRatio: 0.5,
        maxZoomPixelRatio: 4,
      });
      v.addHandler("canvas-click", (e) => {
        if (!e.quick) return;
        const image = v.viewport.viewerElementToImageCoordinates(e.position);
        pickRef.current?.(currentPage(v), image.x, image.y);
      });
      v.addHandler("page", (e) => setPage(e.page));
      v.addHandler("open", () => setOpened(currentPage(v)));
      viewer.current = v;
    });
    return () => {
      live = false;
      viewer.current?.destroy();
      viewer.current = null;
      marks.current = null;
    };
    // A refresh after a save hands over equal pages in a new array: only other pages make a new viewer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pages.map((p) => p.id).join(",")]);

  // Follow the caret: show its page, outline its word, shade its line, and pan to it when it is out of view.
  useEffect(() => {
    const v = viewer.current, OpenSeadragon = osd.current;
    if (!v || !OpenSeadragon || !focus) return;
    if (focus.page !== currentPage(v)) {
      v.goToPage(focus.page);
      return; // drawn again once the page has opened
    }
    if (opened !== focus.page || !v.world.getItemAt(0)) return;
    if (!marks.current) {
      const word = document.createElement("div");
      word.className = "page-viewer__word";
      const line = document.createElement("div");
      line.className = "page-viewer__line";
      marks.current = { word, line };
    }
    const place = (el: HTMLDivElement, box: Box | null) => {
      v.removeOverlay(el);
      if (!box) return;
      v.addOverlay({ element: el, location: v.viewport.imageToViewportRectangle(box[0], box[1], box[2], box[3]) });
    };
    place(marks.current.line, focus.line);
    place(marks.current.word, focus.word);
    const target = focus.word ?? focus.line;
    if (!target) return;
    const rect = v.viewport.imageToViewportRectangle(target[0], target[1], target[2], target[3]);
    const bounds = v.viewport.getBounds(true);
    const visible = rect.x >= bounds.x && rect.y >= bounds.y && rect.x + rect.width <= bounds.x + bounds.width && rect.y + rect.height <= bounds.y + bounds.height;
    if (!visible) v.viewport.panTo(new OpenSeadragon.Point(rect.x + rect.width / 2, rect.y + rect.height / 2));
  }, [focus, opened]);

  // Low-confidence tint, redrawn for the open page.
  useEffect(() => {
    const v = viewer.current;
    if (!v || opened < 0) return;
    const drawn: HTMLDivElement[] = [];
    for (const box of tinted?.[opened] ?? []) {
      const el = document.createElement("div");
      el.className = "page-viewer__low";
      v.addOverlay({ element: el, location: v.viewport.imageToViewportRectangle(box[0], box[1], box[2], box[3]) });
      drawn.push(el);
    }
    return () => drawn.forEach((el) => void v.removeOverlay(el));
  }, [tinted, opened]);

  // Redactions drawn on the image stay drawn on it, hatched, their codes on hover.
  useEffect(() => {
    const v = viewer.current;
    if (!v || opened < 0) return;
    const drawn: HTMLDivElement[] = [];
    for (const r of redactionBoxes ?? []) {
      if (r.pageId !== pages[opened]?.id) continue;
      const el = document.createElement("div");
      el.className = "page-viewer__redaction";
      el.title = r.title;
      v.addOverlay({ element: el, location: v.viewport.imageToViewportRectangle(r.box[0], r.box[1], r.box[2], r.box[3]) });
      drawn.push(el);
    }
    return () => drawn.forEach((el) => void v.removeOverlay(el));
  }, [redactionBoxes, opened, pages]);

  // The drawn region stays outlined on the image until it is read or dropped.
  useEffect(() => {
    const v = viewer.current;
    if (!v || !region || opened < 0) return;
    const el = document.createElement("div");
    el.className = "page-viewer__region";
    v.addOverlay({ element: el, location: v.viewport.imageToViewportRectangle(region[0], region[1], region[2], region[3]) });
    return () => void v.removeOverlay(el);
  }, [region, opened]);

  const finishDrag = () => {
    if (!drag) return;
    const a = toImage(Math.min(drag.x0, drag.x1), Math.min(drag.y0, drag.y1));
    const b = toImage(Math.max(drag.x0, drag.x1), Math.max(drag.y0, drag.y1));
    setDrag(null);
    setDrawing(false);
    if (a && b && b.x - a.x > 3 && b.y - a.y > 3) setRegion([Math.round(a.x), Math.round(a.y), Math.round(b.x - a.x), Math.round(b.y - a.y)]);
  };
  // Zoom about the outlined word, and keep it in the middle: zooming about the centre of the view
  // lost it off the edge after two steps.
  const zoom = (factor: number) => {
    const v = viewer.current;
    if (!v) return;
    const target = focus && focus.page === opened ? focus.word ?? focus.line : null;
    if (!target) return void v.viewport.zoomBy(factor).applyConstraints();
    const r = v.viewport.imageToViewportRectangle(target[0], target[1], target[2], target[3]);
    const OSD = osd.current;
    if (!OSD) return;
    const centre = new OSD.Point(r.x + r.width / 2, r.y + r.height / 2);
    v.viewport.zoomBy(factor, centre).panTo(centre).applyConstraints();
  };
  const go = (to: number) => viewer.current?.goToPage(Math.max(0, Math.min(pages.length - 1, to)));
  return (
    <div className="page-viewer">
      <div className="page-viewer__controls" role="toolbar" aria-label="Page image">
        <button type="button" className="button button--small" onClick={() => zoom(1.5)} aria-label="Zoom in">+</button>
        <button type="button" className="button button--small" onClick={() => zoom(1 / 1.5)} aria-label="Zoom out">−</button>
        <button type="button" className="button button--small" onClick={() => viewer.current?.viewport.goHome()}>Whole page</button>
        {pages.length > 1 && (
          <>
            <button type="button" className="button button--small" onClick={() => go(page - 1)} disabled={page === 0} aria-label="Previous page">‹</button>
            <span className="page-viewer__count" aria-live="polite">Page {page + 1} of {pages.length}</span>
            <button type="button" className="button button--small" onClick={() => go(page + 1)} disabled={page === pages.length - 1} aria-label="Next page">›</button>
          </>
        )}
        <button
          type="button"
          className="button button--small"
          aria-pressed={shadeLowConfidence}
          onClick={() => onShadeLowConfidence(!shadeLowConfidence)}
          title="Tint the words the OCR was unsure of (confidence under 60%), in the text and on the image"
        >
          Low confidence
        </button>
        {(onRegion || onRedactRegion) && (
          <>
            <button type="button" className="button button--small" aria-pressed={drawing} onClick={() => setDrawing(!drawing)} title="Drag a box around words on the image, then read them again or mark them redacted">
              Select a region
            </button>
            {region && (
              <>
                {onRegion && (
                  <button type="button" className="button button--small button--primary" onClick={() => { onRegion(page, region); setRegion(null); }}>
                    Read this region again
                  </button>
                )}
                {onRedactRegion && (
                  <button type="button" className="button button--small" onClick={() => { onRedactRegion(page, region); setRegion(null); }}>
                    Mark as redacted
                  </button>
                )}
                <button type="button" className="button button--small" onClick={() => setRegion(null)} aria-label="Drop the region">×</button>
              </>
            )}
          </>
        )}
      </div>
      <div className="page-viewer__stage">
        <div ref={host} className="page-viewer__image" role="img" aria-label={`Image of page ${page + 1}: click a word to put the caret on it`} />
        {drawing && (
          <div
            className="page-viewer__draw"
            aria-hidden="true"
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              setDrag({ x0: e.clientX, y0: e.clientY, x1: e.clientX, y1: e.clientY });
            }}
            onPointerMove={(e) => drag && setDrag({ ...drag, x1: e.clientX, y1: e.clientY })}
            onPointerUp={finishDrag}
          >
            {drag && (() => {
              const r = host.current!.getBoundingClientRect();
              return <span className="page-viewer__rubber" style={{ left: Math.min(drag.x0, drag.x1) - r.left, top: Math.min(drag.y0, drag.y1) - r.top, width: Math.abs(drag.x1 - drag.x0), height: Math.abs(drag.y1 - drag.y0) }} />;
            })()}
          </div>
        )}
      </div>
    </div>
  );
}

function currentPage(v: OpenSeadragonNS.Viewer): number {
  return (v as unknown as { currentPage(): number }).currentPage();
}
