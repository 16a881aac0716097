// .js extensions: this file is also type-checked under NodeNext by the server tests, and Vite
// maps them to the .ts sources.
// Browser mode's stand-in for the Electron preload: the same typed API, carried over fetch to
// the loopback server. The server checks the session cookie, the Origin and X-Koers-Request;
// the header is what forces a CORS preflight on any cross-site imitation of these calls.
import { OPERATION_NAMES, type EngagementApi } from '../../shared/contract.js';
import { SHELL_OPERATION_NAMES, type ShellApi } from '../../shared/shell-contract.js';
import { isErrorCode } from '../../shared/i18n/resources.js';
import type { Result } from '../../shared/result.js';

export interface HttpApiOptions {
  /** Where the operations live; relative to the page by default. */
  baseUrl?: string;
  /** For tests in Node, which has no cookie jar. */
  fetch?: typeof fetch;
}

type AnyCall = (input: unknown) => Promise<Result<unknown>>;

export function createHttpApi(options: HttpApiOptions = {}): EngagementApi & ShellApi {
  const baseUrl = options.baseUrl ?? './api/';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const api: Record<string, AnyCall> = {};
  for (const name of [...OPERATION_NAMES, ...SHELL_OPERATION_NAMES]) {
    api[name] = (input) =>
      callOverHttp(doFetch, baseUrl + name, input, KEEPALIVE_OPERATIONS.has(name));
  }
  // The loop fills exactly the names of both contracts, each with the same wire behaviour;
  // TypeScript cannot follow a mapped type through a loop, hence the one cast.
  return api as unknown as EngagementApi & ShellApi;
}

/**
 * Note saves are sent with `keepalive`, so a save started as the tab closes still reaches the
 * core. Browsers cap keepalive bodies (64 kB in flight in total), so larger or refused ones go
 * again as an ordinary request.
 */
const KEEPALIVE_OPERATIONS = new Set<string>(['interview:saveNotes']);
/** In UTF-16 units: at most 3 bytes each in UTF-8, so always under the 64 kB cap. */
const KEEPALIVE_MAX_CHARS = 20_000;

async function callOverHttp(
  doFetch: typeof fetch,
  url: string,
  input: unknown,
  keepalive = false,
): Promise<Result<unknown>> {
  const requestBody = JSON.stringify(input ?? {});
  const init: RequestInit = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Koers-Request': '1' },
    credentials: 'same-origin',
    body: requestBody,
  };
  let response: Response;
  try {
    if (keepalive && requestBody.length <= KEEPALIVE_MAX_CHARS) {
      try {
        response = await doFetch(url, { ...init, keepalive: true });
      } catch {
        response = await doFetch(url, init);
      }
    } else {
      response = await doFetch(url, init);
    }
  } catch {
    return internal(
      'Koers is niet bereikbaar. Draait het venster waarin u Koers startte nog? Start Koers zo nodig opnieuw en open de nieuwe link.',
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return internal(
      `Koers gaf een onverwacht antwoord (HTTP ${response.status}). Er is niets verloren gegaan; probeer het opnieuw.`,
    );
  }
  return isResult(body)
    ? body
    : internal(
        `Koers gaf een onverwacht antwoord (HTTP ${response.status}). Er is niets verloren gegaan; probeer het opnieuw.`,
      );
}

const internal = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'INTERNAL', message },
});

/** Only the shape is checked: the value's type is the contract's promise, kept by the server. */
function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as { ok?: unknown; value?: unknown; error?: unknown };
  if (candidate.ok === true) return 'value' in candidate;
  if (candidate.ok !== false || typeof candidate.error !== 'object' || candidate.error === null)
    return false;
  const error = candidate.error as { code?: unknown; message?: unknown };
  return (
    typeof error.message === 'string' && typeof error.code === 'string' && isErrorCode(error.code)
  );
}
