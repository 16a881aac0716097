import type { IncomingMessage, ServerResponse } from 'node:http';

// What /files/… and /exports/… share: both hand bytes out of Koers, so both refuse anything but a
// same-site GET before they look at the path, and answer every miss with the same 404.

/**
 * Answers 405 or 403 and returns false unless this is a GET the page itself asked for. A HEAD
 * would either spend an export's one hand-over or have to lie about the body. SameSite=Strict
 * already keeps the cookie off cross-site requests; Sec-Fetch-Site refuses the rest.
 */
export function allowSameSiteGet(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET') {
    res.writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed\n');
    return false;
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Geen toegang / Forbidden\n');
    return false;
  }
  return true;
}

/** Unknown, gone, not yours: all the same answer, never cached. */
export function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('Niet gevonden / Not found\n');
}
