import { collectionMetrics } from "@/lib/data/metrics/collection-metrics-sql";
import { apiRoute } from "@/lib/server/http/api-route";
import { metricsResponse } from "@/lib/server/http/metrics-response";

/** The collection's dashboard numbers; `?series=…&format=csv` gives one chart's data as CSV. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (request, { id }) => metricsResponse(request, await collectionMetrics({ collectionId: id })));
