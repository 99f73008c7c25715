"use client";
import * as Plot from "@observablehq/plot";
import { useEffect, useRef } from "react";

export type ChartKind = "status" | "perDay" | "perPerson" | "distribution" | "ratesOverTime" | "confusions" | "ages";

const STATUS_COLOURS = { raw: "#c9ced6", in_progress: "#e8c35a", corrected: "#6aa5e8", approved: "#3f9a5b" };
const date = (d: { date: string }) => new Date(`${d.date}T00:00:00Z`);
const DAY = 86_400_000;

/**
 * A time axis one step wider than the data on each side, so that a single day (a new
 * collection) shows as a bar in the middle rather than filling the chart.
 */
function timeAxis(data: { date: string }[], step: number) {
  const times = data.map((d) => date(d).getTime());
  const [from, to] = [Math.min(...times) - step, Math.max(...times) + 2 * step];
  // Whole days as ticks over a short span (Plot would mark the hours), Plot's choice otherwise.
  return { type: "utc" as const, domain: [new Date(from), new Date(to)], label: null, tickFormat: "%-d %b", ...((to - from) / DAY <= 14 ? { ticks: "day" } : {}) };
}

/** Days, or weeks when the series is weekly (long histories). */
const stepOf = (data: { date: string }[]) => (data.length > 1 && date(data[1]).getTime() - date(data[0]).getTime() >= 7 * DAY ? 7 * DAY : DAY);
const nothing = (s: string) => s || "∅";

/** One chart's marks and scales (Observable Plot), by kind: the server sends data, not code. */
function spec(kind: ChartKind, data: Record<string, unknown>[], width: number): Plot.PlotOptions {
  const base = { width, height: 260, marginLeft: 56, style: { fontSize: "12px", background: "transparent" } };
  switch (kind) {
    case "status": {
      const long = data.flatMap((d) => (["raw", "in_progress", "corrected", "approved"] as const).map((status) => ({ date: date(d as { date: string }), status, count: d[status] as number })));
      const step = stepOf(data as { date: string }[]);
      return {
        ...base,
        x: timeAxis(data as { date: string }[], step),
        y: { label: "documents", grid: true },
        color: { domain: Object.keys(STATUS_COLOURS), range: Object.values(STATUS_COLOURS), legend: true },
        marks: [Plot.rectY(long, { x: "date", y: "count", fill: "status", order: ["approved", "corrected", "in_progress", "raw"], interval: step === DAY ? "day" : "week" }), Plot.ruleY([0])],
      };
    }
    case "perDay":
      return { ...base, x: timeAxis(data as { date: string }[], DAY), y: { label: "revisions", grid: true }, marks: [Plot.rectY(data, { x: date, y: "count", interval: "day", fill: "#2452a4", inset: 1 }), Plot.ruleY([0])] };
    case "perPerson":
      return { ...base, marginLeft: 140, height: Math.max(120, 28 * data.length + 40), x: { label: "revisions", grid: true }, marks: [Plot.barX(data, { x: "revisions", y: "name", fill: "#2452a4", sort: { y: "-x" } }), Plot.ruleX([0])] };
    case "distribution":
      return { ...base, x: { label: "character error rate of the raw OCR", tickFormat: "%" }, y: { label: "documents", grid: true }, marks: [Plot.rectY(data, { x1: "from", x2: "to", y: "count", fill: "#2452a4", inset: 0.5 }), Plot.ruleY([0])] };
    case "ratesOverTime":
      return {
        ...base,
        y: { label: "mean error rate", tickFormat: "%", grid: true },
        color: { legend: true },
        x: timeAxis(data as { date: string }[], DAY),
        marks: [
          Plot.lineY(data, { x: date, y: "cer", stroke: () => "characters (CER)", curve: "step-after" }),
          Plot.lineY(data, { x: date, y: "wer", stroke: () => "words (WER)", curve: "step-after" }),
          // Points too: a first day of corrections is a single point, which a line cannot show.
          Plot.dot(data, { x: date, y: "cer", fill: () => "characters (CER)" }),
          Plot.dot(data, { x: date, y: "wer", fill: () => "words (WER)" }),
          Plot.ruleY([0]),
        ],
      };
    case "confusions":
      return {
        ...base,
        marginLeft: 90,
        height: Math.max(120, 18 * data.length + 40),
        x: { label: "times corrected", grid: true },
        marks: [Plot.barX(data, { x: "count", y: (d: { from: string; to: string }) => `${nothing(d.from)} → ${nothing(d.to)}`, fill: "#2452a4", sort: { y: "-x" } }), Plot.ruleX([0])],
      };
    case "ages":
      return { ...base, style: { ...base.style, color: "#2452a4" }, x: { label: "days waiting" }, y: { label: "proposals", grid: true }, marks: [Plot.rectY(data, Plot.binX({ y: "count" }, { x: "ageDays" })), Plot.ruleY([0])] };
  }
}

/**
 * A chart drawn in the browser with Observable Plot. Plot writes labels with the DOM's text
 * API, so text from documents (confusions) stays text. Hidden from screen readers: the table
 * beside it is the text alternative.
 */
export function PlotChart({ kind, data }: { kind: ChartKind; data: Record<string, unknown>[] }) {
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const draw = () => {
      const chart = Plot.plot(spec(kind, data, Math.max(280, Math.min(900, node.clientWidth))));
      node.replaceChildren(chart);
    };
    draw();
    const observer = new ResizeObserver(() => draw());
    observer.observe(node);
    return () => observer.disconnect();
  }, [kind, data]);
  return <div className="plot-chart" ref={box} aria-hidden="true" />;
}
