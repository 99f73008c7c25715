import { NextResponse, type NextRequest } from "next/server";
import { API_POLICY, pagePolicy } from "@/lib/http/security-headers";

/**
 * A Content-Security-Policy for every page and API answer. Pages get a fresh nonce per request,
 * passed to Next in the request's own CSP header, from which it reads the nonce for its scripts.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_POLICY);
    return response;
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pagePolicy(nonce, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static files carry no script of their own to protect; next.config.ts still sends them nosniff.
  matcher: [{ source: "/((?!_next/static|_next/image|icon.svg|favicon.ico).*)" }],
};
