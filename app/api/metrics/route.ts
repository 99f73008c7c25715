import { collectionMetrics } from "@/lib/data/metrics/collection-metrics-sql";
import { apiRoute } from "@/lib/server/http/api-route";
import { metricsResponse } from "@/lib/server/http/metrics-response";

/** The dashboard numbers of every collection together, as GET /api/collections/:id/metrics. */
export const GET = apiRoute({ permission: "read" }, async (request) => metricsResponse(request, await collectionMetrics()));
