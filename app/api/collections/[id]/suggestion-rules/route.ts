import { NextResponse } from "next/server";
import { listSuggestionRules } from "@/lib/data/suggestions/list-suggestion-rules";
import { apiRoute } from "@/lib/server/http/api-route";

/** The suggestion rules, in the order the detector asks them, each with whether this collection turned it off. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json({ items: await listSuggestionRules({ collectionId: id }) }));
