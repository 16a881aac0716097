import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/core-types.js';
import { API_PREFIX, handleApiRequest, sendJson } from './api-handler.js';
import { hostAllowed } from './origin-checks.js';
import { setSecurityHeaders } from './security-headers.js';
import { NO_SESSION_NL, noSessionPage, wrongHostText } from './server-messages.js';
import { errorResult } from '../../shared/error-result.js';
import {
  newSecret,
  readCookie,
  secretMatches,
  sessionCookie,
  sessionCookieName,
} from './session-secret.js';
import { resolveStaticFile } from './static-files.js';
import { FILES_PREFIX, handleFileDownload } from './files-handler.js';
import { EXPORTS_PREFIX, handleExportDownload } from './exports-handler.js';
import { UPLOAD_PATH, handleUpload } from './upload-handler.js';

export interface KoersServerOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** For tests only; normally a fresh random secret per run. */
  secret?: string;
  /** For tests only; normally 2 GiB. */
  maxUploadBytes?: number;
}

export interface KoersServer {
  /** The start URL with the secret: print it, open it once, never log it elsewhere. */
  url: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/**
 * Browser mode: a loopback HTTP shell over the core. Three locks, in this order: the Host
 * header (DNS rebinding), the per-run secret in an HttpOnly cookie (other local users and
 * other sites), and for the API the Origin and custom-header checks (cross-site requests).
 */
export async function createKoersServer(options: KoersServerOptions): Promise<KoersServer> {
  const secret = options.secret ?? newSecret();
  let port = 0;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) sendJson(res, 500, errorResult('INTERNAL', { detail }, 'nl'));
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    if (!hostAllowed(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(wrongHostText());
      return;
    }
    // The URL constructor normalises "/../x" away; the raw path is kept for the file lookup.
    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? '' : rawUrl.slice(queryAt + 1));
    const cookieName = sessionCookieName(port);
    // The upload answers in JSON like the API, so a refusal there is JSON too.
    const isApi = rawPath.startsWith(API_PREFIX) || rawPath === UPLOAD_PATH;

    const key = query.get('k');
    if (key !== null && !isApi && (req.method === 'GET' || req.method === 'HEAD')) {
      if (!secretMatches(key, secret)) return refuse(res, isApi);
      // Trade the secret in the URL for a cookie at once, so it leaves the address bar and
      // the browser history. The link stays valid for this run: a user who closed the
      // browser can open it again from the terminal.
      res.writeHead(303, { 'Set-Cookie': sessionCookie(cookieName, secret), Location: '/' });
      res.end();
      return;
    }
    if (!secretMatches(readCookie(req.headers.cookie, cookieName), secret))
      return refuse(res, isApi);

    if (rawPath === UPLOAD_PATH) {
      const limit = options.maxUploadBytes;
      return handleUpload(
        req,
        res,
        options.core,
        port,
        limit === undefined ? {} : { maxBytes: limit },
      );
    }
    if (isApi)
      return handleApiRequest(req, res, rawPath.slice(API_PREFIX.length), options.core, port);
    if (rawPath.startsWith(FILES_PREFIX))
      return handleFileDownload(req, res, rawPath, options.core);
    if (rawPath.startsWith(EXPORTS_PREFIX))
      return handleExportDownload(req, res, rawPath, options.core);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed\n');
      return;
    }
    const file = await resolveStaticFile(options.staticDir, rawPath);
    if (file === null) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Niet gevonden / Not found\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/?k=${secret}`,
    origin,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser keeps idle keep-alive sockets open; without this, close() waits for them.
        server.closeAllConnections();
      }),
  };
}

function refuse(res: ServerResponse, isApi: boolean): void {
  if (isApi) {
    sendJson(res, 403, { ok: false, error: { code: 'UNAUTHORIZED', message: NO_SESSION_NL } });
    return;
  }
  res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(noSessionPage());
}
