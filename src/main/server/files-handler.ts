import type { IncomingMessage, ServerResponse } from 'node:http';
import { uuidSchema } from '../../shared/domain/common.js';
import type { Core } from '../core/core-types.js';
import { allowSameSiteGet, notFound } from './download-responses.js';

// GET /files/<engagementId>/<documentId>: a stored original as a download. What is stored is
// whatever a user once added, an HTML file included; so the answer is an attachment, never
// sniffed, and sandboxed by CSP, so even a browser that renders it cannot run its scripts in
// our origin, where they could call the API with the user's cookie.

export const FILES_PREFIX = '/files/';

/** Replaces the page CSP for a download: nothing loads, nothing runs, an opaque origin. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox";

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

export async function handleFileDownload(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  core: Core,
): Promise<void> {
  if (!allowSameSiteGet(req, res)) return;
  const ids = parseFilesPath(rawPath);
  if (ids === null) return notFound(res);

  const found = await core.call('document:get', {
    engagementId: ids.engagementId,
    id: ids.documentId,
  });
  if (!found.ok) return notFound(res);
  const document = found.value;

  res.statusCode = 200;
  res.setHeader(
    'Content-Type',
    MIME_TYPE.test(document.mimeType) ? document.mimeType : 'application/octet-stream',
  );
  res.setHeader('Content-Disposition', contentDisposition(document.fileName));
  res.setHeader('Content-Security-Policy', DOWNLOAD_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Length', document.sizeBytes);

  const written = await core.writeDocument(ids.engagementId, ids.documentId, res);
  if (written.ok) return;
  if (!res.headersSent) {
    // Deleted between the two calls: nothing was sent yet, so the 404 can still be clean.
    for (const name of ['Content-Disposition', 'Content-Length']) res.removeHeader(name);
    return notFound(res);
  }
  // Part of the file is out already: a cut connection tells the browser the download failed,
  // where a normal end would leave a truncated file that looks complete.
  res.destroy();
}

/** The two ids of /files/<uuid>/<uuid>, or null for anything else (no traversal, no extras). */
export function parseFilesPath(
  rawPath: string,
): { engagementId: string; documentId: string } | null {
  if (!rawPath.startsWith(FILES_PREFIX)) return null;
  const parts = rawPath.slice(FILES_PREFIX.length).split('/');
  if (parts.length !== 2) return null;
  const [engagementId, documentId] = parts as [string, string];
  if (!uuidSchema.safeParse(engagementId).success || !uuidSchema.safeParse(documentId).success)
    return null;
  return { engagementId: engagementId.toLowerCase(), documentId: documentId.toLowerCase() };
}

/**
 * RFC 6266 with an RFC 8187 UTF-8 name. The quoted fallback keeps printable ASCII only, and
 * the encoded form leaves nothing but attr-chars, so no name can end the header or add one.
 */
export function contentDisposition(stored: string): string {
  const fileName = stored.trim() === '' ? 'document' : stored;
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_').trim() || 'document';
  const encoded = encodeName(fileName).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** encodeURIComponent throws on a lone surrogate; such a character becomes U+FFFD. */
const encodeName = (name: string): string =>
  encodeURIComponent(
    name.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    ),
  );
