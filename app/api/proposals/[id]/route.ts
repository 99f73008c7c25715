import { NextResponse } from "next/server";
import { getProposal } from "@/lib/data/proposals/get-proposal";
import { apiRoute } from "@/lib/server/http/api-route";

/** A proposal with its hunks (indices for `approve`), its word diff, and its merge onto the head. */
export const GET = apiRoute<{ id: string }>({ permission: "read" }, async (_request, { id }) => NextResponse.json(await getProposal({ id })));
