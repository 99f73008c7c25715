import type { NextConfig } from "next";

const config: NextConfig = {
  // Native and WASM modules stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client"],
  experimental: {
    // Imports and saves go through server actions; the document size limit is enforced in lib/text.
    serverActions: { bodySizeLimit: "64mb" },
    // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
    authInterrupts: true,
  },
  poweredByHeader: false,
};

export default config;
