import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/server/http/api-route";

/** Who the request is signed in as. */
export const GET = apiRoute({ permission: "read" }, async (_request, _params, user) =>
  NextResponse.json({ id: user.id, username: user.username, name: user.displayName, role: user.role }),
);
