import type { IncomingHttpHeaders } from 'node:http';

// DNS rebinding: a hostile site can point its own name at 127.0.0.1, after which the browser
// treats our server as that site's origin. The Host header still carries the hostile name, so
// only our two loopback names are accepted.
export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
export const allowedOrigins = (port: number): string[] => [
  `http://127.0.0.1:${port}`,
  `http://localhost:${port}`,
];

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

export type ApiRefusal = 'ORIGIN' | 'CROSS_SITE' | 'MISSING_HEADER' | 'CONTENT_TYPE';

/**
 * Checks a browser cannot be tricked into passing from another site: a foreign Origin, a
 * cross-site fetch, or a request without our custom header (which a cross-site page can only
 * send after a CORS preflight that we never approve).
 */
export function apiRefusal(
  headers: IncomingHttpHeaders,
  port: number,
  contentType = 'application/json',
): ApiRefusal | null {
  const origin = headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) return 'ORIGIN';
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'CROSS_SITE';
  if (headers['x-koers-request'] !== '1') return 'MISSING_HEADER';
  const type = (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== contentType) return 'CONTENT_TYPE';
  return null;
}
