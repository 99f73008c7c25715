import { NextResponse } from "next/server";
import { getDocument } from "@/lib/data/get-document";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await getDocument({ id })));
