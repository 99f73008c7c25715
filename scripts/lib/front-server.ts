import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { checkBody } from "../../lib/server/http/body-limit";
import { clientAddress, compileTrust } from "../../lib/server/http/client-address";
import { API_POLICY, SECURITY_HEADERS } from "../../lib/server/http/security-headers";
import { SESSION_COOKIE } from "../../lib/server/http/session-cookie";

type Handle = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * The HTTP server in front of Next's request handler: two checks that must happen before Next
 * reads anything — who the client is, and whether its body may be read at all.
 */
export function createFrontServer(handle: Handle, { trustProxy = process.env.WORKBENCH_TRUST_PROXY } = {}): Server {
  const trust = compileTrust(trustProxy);

  /**
   * Replaces the forwarding headers with what this server knows: X-Forwarded-For becomes the one
   * client address, as WORKBENCH_TRUST_PROXY allows it to be read, so that the sign-in limits
   * cannot be dodged with a spoofed header. Host and protocol claims from an untrusted peer are
   * dropped; Next then fills them in from the connection.
   */
  function normaliseForwarding(req: IncomingMessage) {
    const socketAddress = req.socket.remoteAddress;
    req.headers["x-forwarded-for"] = clientAddress(socketAddress, req.headers["x-forwarded-for"], trust);
    delete req.headers["x-real-ip"];
    if (!socketAddress || !trust(socketAddress, 0)) {
      delete req.headers["x-forwarded-host"];
      delete req.headers["x-forwarded-proto"];
      delete req.headers["x-forwarded-port"];
    }
  }

  function refuseBody(req: IncomingMessage, res: ServerResponse): boolean {
    const verdict = checkBody({
      contentType: req.headers["content-type"],
      contentLength: req.headers["content-length"],
      isChunked: /chunked/i.test(req.headers["transfer-encoding"] ?? ""),
      hasCredentials: Boolean(req.headers.authorization) || (req.headers.cookie ?? "").includes(`${SESSION_COOKIE}=`),
    });
    if (verdict.ok) return false;
    // Answer without reading the body, and close the connection rather than drain it.
    // Next never sees this request, so the headers it adds to every answer are added here.
    const headers = Object.fromEntries([...SECURITY_HEADERS.map((h) => [h.key, h.value]), ["Content-Security-Policy", API_POLICY]]);
    res.writeHead(verdict.status, { ...headers, "content-type": "application/json", connection: "close" });
    res.end(JSON.stringify({ error: { code: verdict.status === 413 ? "too_large" : "bad_request", message: verdict.message } }));
    return true;
  }

  const server = createServer((req, res) => {
    normaliseForwarding(req);
    if (refuseBody(req, res)) return;
    void handle(req, res);
  });
  // A keep-alive timeout above clients' own (Node's agents keep idle sockets ~5 s) avoids the
  // race where the server closes a socket just as a client reuses it (ECONNRESET).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
