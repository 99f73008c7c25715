import type { NextConfig } from "next";
import { maxUploadBytes } from "./lib/config";
import { API_POLICY, SECURITY_HEADERS } from "./lib/server/http/security-headers";

const config: NextConfig = {
  // Native and WASM modules stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg-boss", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@prisma/client", "tesseract.js", "@tesseract.js-data/eng", "sharp", "pdfjs-dist", "esbuild"],
  experimental: {
    // Imports and saves go through server actions. `npm start`'s server refuses larger bodies
    // by their Content-Length before Next reads them (lib/server/http/body-limit); this is Next's own
    // bound on what it parses, for any other way of serving the build.
    serverActions: { bodySizeLimit: maxUploadBytes() },
    // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
    authInterrupts: true,
  },
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_POLICY }] },
    ];
  },
};

export default config;
