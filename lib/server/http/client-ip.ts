/**
 * The client's address. `npm start`'s server (scripts/server.ts) overwrites X-Forwarded-For with
 * the one address it computed from the socket and WORKBENCH_TRUST_PROXY, so a client cannot
 * choose it.
 */
export function clientIp(h: Headers): string {
  return h.get("x-forwarded-for")?.split(",")[0].trim() || "unknown";
}
