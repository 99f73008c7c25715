// The front server on a real socket, with a stand-in for Next that echoes what reached it.
import type { AddressInfo } from "node:net";
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createFrontServer } from "./lib/front-server";

let close: (() => void) | undefined;
afterEach(() => close?.());

async function start(trustProxy?: string) {
  let bodyBytes = 0;
  const server = createFrontServer(
    (req, res) => {
      req.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
      req.on("end", () => res.end(JSON.stringify({ forwardedFor: req.headers["x-forwarded-for"], host: req.headers["x-forwarded-host"] ?? null, bodyBytes })));
    },
    { trustProxy },
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the front server", () => {
  it("replaces a spoofed X-Forwarded-For with the socket address when no proxy is trusted", async () => {
    const base = await start(undefined);
    const seen = await (await fetch(`${base}/sign-in`, { headers: { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example" } })).json();
    expect(seen).toMatchObject({ forwardedFor: "127.0.0.1", host: null });
  });

  it("believes the hop in front of a trusted loopback proxy", async () => {
    const base = await start("loopback");
    const seen = await (await fetch(`${base}/sign-in`, { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.7", "x-forwarded-host": "wb.example" } })).json();
    expect(seen).toMatchObject({ forwardedFor: "198.51.100.7", host: "wb.example" });
  });

  it("answers 413 by Content-Length before the handler reads a byte, and 411 to a chunked body", async () => {
    const base = await start(undefined);
    const big = await fetch(`${base}/api/documents`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(200_000) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe("too_large");
    expect(Object.fromEntries(big.headers)).toMatchObject({ "x-content-type-options": "nosniff", "x-frame-options": "DENY", "content-security-policy": expect.stringContaining("frame-ancestors 'none'") });

    const chunked = await new Promise<{ status: number; nosniff: unknown }>((resolve, reject) => {
      const req = request(`${base}/api/documents`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer x", "transfer-encoding": "chunked" } }, (res) => resolve({ status: res.statusCode ?? 0, nosniff: res.headers["x-content-type-options"] }));
      req.on("error", reject);
      req.write("{}");
      req.end();
    });
    expect(chunked).toEqual({ status: 411, nosniff: "nosniff" });

    const small = await fetch(`${base}/api/documents`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer x" }, body: "{}" });
    expect(await small.json()).toMatchObject({ bodyBytes: 2 });
  });
});
