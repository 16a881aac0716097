import type { i18n } from 'i18next';
import type { z } from 'zod';
import { contract, isOperationName } from '../../shared/contract.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { errorMessage } from './core-i18n.js';
import type { Handlers } from './handlers/handler-types.js';
import { isKoersError } from './koers-error.js';

/** "fields.name" or "(invoer)" for a problem with the whole input. */
export function issuePath(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first || first.path.length === 0) return '(invoer)';
  return first.path.map(String).join('.');
}

export function invalidInput(i18n: i18n, error: z.ZodError): Result<never> {
  const path = issuePath(error);
  return fail({
    code: 'INVALID_INPUT',
    message: errorMessage(i18n, 'INVALID_INPUT', { path }),
    path,
  });
}

/**
 * Where the input holds a string with a lone surrogate: not text, and SQLite would store it as
 * U+FFFD, silently changing what the user gave. Refused instead, like any other invalid input.
 */
export function malformedTextPath(value: unknown, at: string[] = []): string | null {
  if (typeof value === 'string') return /\p{Cs}/u.test(value) ? at.join('.') || '(invoer)' : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = malformedTextPath(item, [...at, key]);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The core's only door for untrusted input. Calls run one at a time: a single user drives the
 * core, and serialising rules out an engagement being closed while another call still uses it.
 */
export function createDispatcher(handlers: Handlers, i18n: i18n, log: (e: unknown) => void) {
  let queue: Promise<unknown> = Promise.resolve();

  async function run(name: string, input: unknown): Promise<Result<unknown>> {
    if (!isOperationName(name)) {
      return fail({ code: 'NOT_FOUND', message: errorMessage(i18n, 'NOT_FOUND', {}) });
    }
    const parsed = contract[name].input.safeParse(input);
    if (!parsed.success) return invalidInput(i18n, parsed.error);
    const malformed = malformedTextPath(parsed.data);
    if (malformed !== null) {
      return fail({
        code: 'INVALID_INPUT',
        message: errorMessage(i18n, 'INVALID_INPUT', { path: malformed }),
        path: malformed,
      });
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (isKoersError(error)) {
        return fail({ code: error.code, message: errorMessage(i18n, error.code, error.params) });
      }
      log(error);
      const detail =
        error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
      return fail({ code: 'INTERNAL', message: errorMessage(i18n, 'INTERNAL', { detail }) });
    }
  }

  return (name: string, input: unknown): Promise<Result<unknown>> => {
    const next = queue.then(() => run(name, input));
    queue = next.catch(() => undefined);
    return next;
  };
}

/** Runs an internal task (a shell's dialog result) on the same queue and error mapping. */
export type Dispatch = ReturnType<typeof createDispatcher>;
