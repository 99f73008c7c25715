/**
 * Headers for every answer, static files included (next.config.ts): no MIME sniffing, no full
 * URLs (document ids) leaked to other sites, and no powerful browser features for anyone.
 */
export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/**
 * The pages' policy. Scripts run only with this request's nonce (Next puts it on its own
 * scripts) or when loaded by such a script ('strict-dynamic'); nothing may frame the app.
 * Styles allow 'unsafe-inline' because React and ProseMirror set style attributes, which
 * nonces cannot cover; style injection cannot run code. Workers may come from blob: URLs: the
 * editor's find runs a regular expression in one made from its own code, so that a runaway
 * expression can be stopped (only a script already running here can make such a URL).
 * Development adds 'unsafe-eval' for React's debugging tools.
 */
export function pagePolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The API's policy: its answers are data and downloads, never a page that runs code. The HTML
 * reading edition is the one download a browser shows; it has no script, inline styles, and
 * pictures only as data: URLs.
 */
export const API_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
