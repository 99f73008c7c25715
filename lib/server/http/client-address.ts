import proxyaddr from "proxy-addr";

type Trust = (address: string, hop: number) => boolean;

/**
 * Which peers may speak for the client through X-Forwarded-For, from WORKBENCH_TRUST_PROXY, read
 * as Express reads `trust proxy`: unset or "false" trusts nobody (the socket address is the
 * client); a number trusts that many hops in front of the app; otherwise a comma-separated list
 * of addresses, CIDR ranges or the names loopback, linklocal and uniquelocal; "true" trusts every
 * hop, which only a proxy that overwrites the header makes safe.
 */
export function compileTrust(setting: string | undefined): Trust {
  const value = setting?.trim() ?? "";
  if (value === "" || value === "false") return () => false;
  if (value === "true") return () => true;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(value.split(",").map((s) => s.trim()).filter(Boolean));
}

/** The client's address: the socket's, or the nearest untrusted hop of X-Forwarded-For behind trusted proxies. */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: Trust): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  // proxy-addr reads the two fields it needs from a Node request; give it just those.
  const request = { connection: { remoteAddress: socketAddress }, socket: { remoteAddress: socketAddress }, headers: header ? { "x-forwarded-for": header } : {} };
  return proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trust) || "unknown";
}
