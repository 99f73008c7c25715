import { NextResponse, type NextRequest } from "next/server";
import { pagePolicy } from "@/lib/server/http/security-headers";

/**
 * A Content-Security-Policy with a fresh nonce for every page, passed to Next in the request's
 * own CSP header, from which it reads the nonce for its scripts. The API's fixed policy is a
 * plain header (next.config.ts): running the proxy for it would cost every API call.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pagePolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static files carry no script of their own to protect; next.config.ts still sends them nosniff.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
