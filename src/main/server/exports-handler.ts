import type { IncomingMessage, ServerResponse } from 'node:http';
import { uuidSchema } from '../../shared/domain/common.js';
import type { Core } from '../core/core-types.js';
import { allowSameSiteGet, notFound } from './download-responses.js';
import { contentDisposition, DOWNLOAD_CSP } from './files-handler.js';

// GET /exports/<jobId>: the finished bytes of an export job, handed over once. The renderer
// starts the job through the API (export:start), polls export:status, and when it is done lets
// the browser fetch this URL as a download. The bytes are ours (a builder made them), but the
// name carries user text, so the answer is treated like any other download.

export const EXPORTS_PREFIX = '/exports/';

const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/** The job id of /exports/<uuid>, or null for anything else. */
export function parseExportsPath(rawPath: string): string | null {
  if (!rawPath.startsWith(EXPORTS_PREFIX)) return null;
  const jobId = rawPath.slice(EXPORTS_PREFIX.length);
  return uuidSchema.safeParse(jobId).success ? jobId.toLowerCase() : null;
}

export async function handleExportDownload(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  core: Pick<Core, 'takeExport'>,
): Promise<void> {
  // Taking an export is a state change: never for a request another site started.
  if (!allowSameSiteGet(req, res)) return;
  const jobId = parseExportsPath(rawPath);
  if (jobId === null) return notFound(res);

  // Unknown, still running, failed, cancelled or already taken: all the same 404.
  const taken = await core.takeExport(jobId);
  if (!taken.ok) return notFound(res);
  const { fileName, mimeType, bytes } = taken.value;

  res.writeHead(200, {
    'Content-Type': MIME_TYPE.test(mimeType) ? mimeType : 'application/octet-stream',
    'Content-Disposition': contentDisposition(fileName),
    'Content-Security-Policy': DOWNLOAD_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Content-Length': bytes.byteLength,
  });
  res.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
