import type { NextConfig } from "next";

const config: NextConfig = {
  // Native and WASM modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client"],
  experimental: {
    // Imports and saves go through server actions; the document size limit is enforced in lib/text.
    serverActions: { bodySizeLimit: "64mb" },
  },
  poweredByHeader: false,
};

export default config;
