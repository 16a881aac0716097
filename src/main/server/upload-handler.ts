import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform, type TransformCallback } from 'node:stream';
import type { Core } from '../core/core-types.js';
import { KoersError } from '../base/koers-error.js';
import { sendError, sendJson, uiLanguage } from './api-handler.js';
import { apiRefusal } from './origin-checks.js';

// POST /upload: a document's bytes, streamed to the core's staging folder as they arrive. The
// JSON API's 8 MB limit does not apply; a file may be large, so it is never held in memory.
// The same request checks as the API (Origin, cross-site, X-Koers-Request), with
// application/octet-stream instead of JSON; the cookie and Host were checked before.

export const UPLOAD_PATH = '/upload';

/** 2 GiB, as the core: larger files do not belong in an engagement file that is mailed around. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

const FILE_NAME_HEADER = 'x-koers-file-name';
/** Encoded length; a name is cut to 200 characters by the core anyway. */
const MAX_FILE_NAME_HEADER = 2000;

export interface UploadOptions {
  /** For tests, which cannot send 2 GiB. */
  maxBytes?: number;
}

export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  core: Core,
  port: number,
  options: UploadOptions = {},
): Promise<void> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return refuseAndClose(req, res, 405, 'NOT_SUPPORTED', core);
  }
  const refusal = apiRefusal(req.headers, port, 'application/octet-stream');
  if (refusal === 'CONTENT_TYPE')
    return refuseAndClose(req, res, 415, 'INVALID_INPUT', core, 'Content-Type');
  if (refusal !== null) return refuseAndClose(req, res, 403, 'UNAUTHORIZED', core);

  const fileName = decodeFileName(req.headers[FILE_NAME_HEADER]);
  if (fileName === null) return refuseAndClose(req, res, 400, 'INVALID_INPUT', core, 'fileName');
  if (Number(req.headers['content-length'] ?? 0) > maxBytes)
    return refuseAndClose(req, res, 413, 'INVALID_INPUT', core, 'body');

  // Counting here rather than relying on the core's own check: the core destroys the source
  // when it is too large, which would cut the connection before we could say why.
  let tooLarge = false;
  const limiter = new ByteLimit(maxBytes, () => {
    tooLarge = true;
    req.unpipe(limiter);
    req.pause();
  });
  // A browser that gives up mid-upload ends the request without 'end': the core must see an
  // error, so it removes the partial temp file, rather than wait for bytes that never come.
  req.once('close', () => {
    if (!req.complete) limiter.destroy(aborted());
  });
  req.once('error', () => limiter.destroy(aborted()));
  req.pipe(limiter);

  const staged = await core.stageUpload(limiter, fileName);
  if (tooLarge) return refuseAndClose(req, res, 413, 'INVALID_INPUT', core, 'body');
  if (res.destroyed) return;
  sendJson(res, 200, staged);
}

/** Undoes the renderer's encodeURIComponent; null when absent, too long or not valid. */
export function decodeFileName(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header === '' || header.length > MAX_FILE_NAME_HEADER)
    return null;
  try {
    const name = decodeURIComponent(header);
    return name.trim() === '' ? null : name;
  } catch {
    return null;
  }
}

const aborted = (): KoersError => new KoersError('INTERNAL', { detail: 'de upload is afgebroken' });

/** Passes bytes through until the limit; then reports once and fails the stream. */
class ByteLimit extends Transform {
  private seen = 0;

  constructor(
    private readonly limit: number,
    private readonly onExceeded: () => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) {
      this.onExceeded();
      // A KoersError: expected, so the core answers with it instead of logging a crash.
      done(new KoersError('INVALID_INPUT', { path: 'body' }));
      return;
    }
    done(null, chunk);
  }
}

/**
 * Answers a refused upload without reading its body: the connection is closed after the
 * answer, so a client still sending bytes is stopped instead of drained.
 */
async function refuseAndClose(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  code: 'NOT_SUPPORTED' | 'INVALID_INPUT' | 'UNAUTHORIZED',
  core: Core,
  path?: string,
): Promise<void> {
  const language = await uiLanguage(core);
  if (!req.complete) {
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
  }
  sendError(res, status, code, language, path === undefined ? {} : { path }, path);
}
