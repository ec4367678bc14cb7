/**
 * The site's Content-Security-Policy, in one place: scripts/postbuild.mjs writes it into every
 * page with that page's inline-script hashes, and scripts/serve.mjs sends it (with
 * `frame-ancestors 'none'`, which a meta policy cannot carry) as a header.
 */

/** The policy of a page whose inline scripts have these SHA-256 hashes (base64). */
export function policyFor(hashes) {
  const scripts = ["'self'", ...[...new Set(hashes)].map((h) => `'sha256-${h}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
