import type { IncomingMessage, ServerResponse } from 'node:http';
import { contract, isOperationName } from '../../shared/contract.js';
import { isShellOperationName } from '../../shared/shell-contract.js';
import type { Language } from '../../shared/domain/common.js';
import type { ErrorCode, Result } from '../../shared/result.js';
import type { Core } from '../core/core-types.js';
import { apiRefusal } from './origin-checks.js';
import { errorResult } from '../../shared/error-result.js';

/** A logo travels base64-encoded inside the JSON body, so leave room for that and then some. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export const API_PREFIX = '/api/';

export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  rawName: string,
  core: Core,
  port: number,
): Promise<void> {
  if (req.method !== 'POST') {
    // Preflights land here too: they get no CORS headers at all, so a cross-site page can
    // never get permission to send X-Koers-Request.
    res.setHeader('Allow', 'POST');
    return sendError(res, 405, 'NOT_SUPPORTED', await uiLanguage(core));
  }
  const refusal = apiRefusal(req.headers, port);
  if (refusal === 'CONTENT_TYPE') {
    return sendError(res, 415, 'INVALID_INPUT', await uiLanguage(core), { path: 'Content-Type' });
  }
  if (refusal !== null) return sendError(res, 403, 'UNAUTHORIZED', await uiLanguage(core));

  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === 'TOO_LARGE') {
    // Stop reading an oversized upload instead of draining it: close after answering.
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.destroy());
    return sendError(res, 413, 'INVALID_INPUT', await uiLanguage(core), { path: 'body' });
  }

  let name: string;
  try {
    name = decodeURIComponent(rawName);
  } catch {
    name = '';
  }
  if (isShellOperationName(name)) {
    // Native dialogs and the system browser do not exist here: the renderer uses its in-page
    // workspace pickers and plain links instead.
    return sendError(res, 200, 'NOT_SUPPORTED', await uiLanguage(core));
  }
  if (!isOperationName(name)) return sendError(res, 404, 'NOT_FOUND', await uiLanguage(core));

  let input: unknown;
  try {
    input = JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(res, 400, 'INVALID_INPUT', await uiLanguage(core), { path: 'JSON' });
  }
  const parsed = contract[name].input.safeParse(input);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    return sendError(res, 200, 'INVALID_INPUT', await uiLanguage(core), { path }, path);
  }

  let result: Result<unknown>;
  try {
    result = await core.call(name, parsed.data);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return sendError(res, 500, 'INTERNAL', await uiLanguage(core), { detail });
  }
  sendJson(res, 200, result);
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  language: Language,
  params: Record<string, string> = {},
  path?: string,
): void {
  sendJson(res, status, errorResult(code, params, language, path));
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The shell's own refusals speak the user's language; the core knows which one that is. */
export async function uiLanguage(core: Core): Promise<Language> {
  try {
    const prefs = await core.call('preferences:get', {});
    return prefs.ok ? prefs.value.language : 'nl';
  } catch {
    return 'nl';
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'TOO_LARGE'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve('TOO_LARGE');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve('TOO_LARGE');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
