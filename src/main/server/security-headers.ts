import type { ServerResponse } from 'node:http';

// The Electron window's policy (src/main/electron/csp.ts) plus frame-ancestors, which only an
// HTTP header can carry: only our own origin, no inline script, no framing either way, no form
// posts. Mantine injects <style> elements, hence 'unsafe-inline' for styles only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Set on every answer, including refusals, so no page of ours can be framed or sniffed. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  // A loopback server for one person: nothing is worth caching, and the secret-bearing start
  // URL and API answers must never land in a cache.
  res.setHeader('Cache-Control', 'no-store');
}
