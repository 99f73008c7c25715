import { NextResponse } from "next/server";
import { AppError } from "../../errors";
import type { CollectionMetrics } from "../../data/metrics/metrics-shape";
import { METRIC_SERIES, type MetricSeries } from "../../data/metrics/metrics-shape";
import { toCsv } from "../../metrics/series";

/**
 * The metrics as JSON, or one series of them (`?series=`) as JSON or CSV (`&format=csv`), as
 * the dashboard's download links ask for.
 */
export function metricsResponse(request: Request, metrics: CollectionMetrics): Response {
  const params = new URL(request.url).searchParams;
  const series = params.get("series");
  const format = params.get("format") ?? "json";
  if (format !== "json" && format !== "csv") throw new AppError("invalid", "format is json or csv");
  if (!series) {
    if (format === "csv") throw new AppError("invalid", `CSV is one series at a time: add series=${METRIC_SERIES.join("|")}`);
    return NextResponse.json(metrics);
  }
  if (!(METRIC_SERIES as readonly string[]).includes(series)) throw new AppError("invalid", `No series “${series}”: one of ${METRIC_SERIES.join(", ")}`);
  const rows = metrics[series as MetricSeries] as Record<string, unknown>[];
  // A header value is Latin-1: the file name keeps only plain letters and digits.
  const name = `${metrics.collection?.name ?? "all collections"} ${series}`.replace(/[^A-Za-z0-9 _-]+/g, "").trim().replace(/\s+/g, "-") || series;
  if (format === "json") return NextResponse.json(rows, { headers: { "content-disposition": `attachment; filename="${name}.json"` } });
  return new NextResponse(toCsv(rows), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}.csv"` } });
}
