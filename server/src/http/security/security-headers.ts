// Headers sent with every response, by the app and by the cached front that answers before the router.

/**
 * The web app loads only its own scripts (Vite builds no inline script), styles (React sets inline
 * styles through the DOM, which 'unsafe-inline' for styles allows; no inline script is allowed), and
 * images from itself, data: (the favicon) and blob: (exported pictures). Nothing may frame it: the
 * snapshot page holds the write token.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy': CONTENT_SECURITY_POLICY,
  // For browsers that predate frame-ancestors.
  'x-frame-options': 'DENY',
} as const;

/**
 * An API answer is JSON that loads nothing: its policy allows nothing (as GitHub's API sends), which is
 * stricter than the page's and a fifth as long to send and check on every one of tens of thousands of
 * cached answers a second.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const API_SECURITY_HEADERS = { ...SECURITY_HEADERS, 'content-security-policy': API_CONTENT_SECURITY_POLICY } as const;

/** The security headers for a response to `path`: the API's under /api/, the page's elsewhere. */
export const securityHeadersFor = (path: string): Readonly<Record<string, string>> => (path.startsWith('/api/') ? API_SECURITY_HEADERS : SECURITY_HEADERS);
