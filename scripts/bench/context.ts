// What the sections of `npm run bench` share: the run's settings, an app server to talk to,
// the sample text at any size, and how figures are printed.
import http from "node:http";
import type { ImportFacts } from "../../lib/text/import-text";

export const BENCH_ADMIN = { username: "bench", password: "bench password, long enough" };

export interface BenchContext {
  quick: boolean;
  /** The SQLite file the data-layer sections write to. */
  dbFile: string;
  /** An admin's id, credited with the data layer's writes (saves commit directly). */
  authorId: string;
  facts: ImportFacts;
  /** The sample repeated to `bytes` UTF-16 units, each copy numbered so that copies differ. */
  sampleOfSize: (bytes: number) => string;
}

/** A production app process started for a section, and an admin's API token on it. */
export interface BenchServer {
  base: string;
  token: string;
}

export const ms = (x: number) => `${x.toFixed(2)} ms`;
export const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

/** Fixes one word: swaps a misreading of the sample's name and its correction at a random occurrence. */
export function oneWordFix(text: string, random: () => number): string {
  const [wrong, right] = ["Genserslov", "Generalov"];
  const positions = [...text.matchAll(new RegExp(`${wrong}|${right}`, "g"))].map((m) => m.index ?? 0);
  const at = positions[Math.floor(random() * positions.length)];
  const word = text.startsWith(wrong, at) ? wrong : right;
  return text.slice(0, at) + (word === wrong ? right : wrong) + text.slice(at + word.length);
}

export async function postJson<T>(server: BenchServer, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${server.base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res.json() as Promise<T>;
}

const keepAlive = new http.Agent({ keepAlive: true });

/**
 * POSTs a JSON body with node:http on a kept-alive connection, as a script or curl would.
 * Node's fetch (undici) spends about 7 ms more on a 200 KB body here, which is the client's
 * time, not the server's.
 */
export function postRaw(server: BenchServer, path: string, body: string): Promise<{ status: number; body: string; serverTiming: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${server.base}${path}`,
      { method: "POST", agent: keepAlive, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: `Bearer ${server.token}` } },
      (res) => {
        let answer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (answer += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: answer, serverTiming: String(res.headers["server-timing"] ?? "") }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}
