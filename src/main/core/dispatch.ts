import type { z } from 'zod';
import { contract, isOperationName } from '../../shared/contract.js';
import type { Language } from '../../shared/domain/common.js';
import { errorResult } from '../../shared/error-result.js';
import { ok, type Result } from '../../shared/result.js';
import type { Handlers } from './handler-types.js';
import { isKoersError } from '../base/koers-error.js';

/** "fields.name" or "(invoer)" for a problem with the whole input. */
export function issuePath(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first || first.path.length === 0) return '(invoer)';
  return first.path.map(String).join('.');
}

export function invalidInput(error: z.ZodError, language: Language): Result<never> {
  const path = issuePath(error);
  return errorResult('INVALID_INPUT', { path }, language, path);
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

/** An exception turned into a Result: a KoersError keeps its code, anything else is INTERNAL. */
export function failureResult(
  error: unknown,
  language: Language,
  log: (e: unknown) => void,
): Result<never> {
  if (isKoersError(error)) return errorResult(error.code, error.params, language);
  log(error);
  const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  return errorResult('INTERNAL', { detail }, language);
}

/**
 * The core's only door for untrusted input, and the one queue every core task runs on: calls
 * run one at a time. A single user drives the core, and serialising rules out an engagement
 * being closed while another call or a shell's side door (open a path, stream a document)
 * still uses it.
 *
 * `afterEach` runs on the queue after every task, before the next one starts (the core uses it
 * to notice saves and schedule the idle checkpoint, see idle-checkpoint.ts).
 */
export function createDispatcher(
  handlers: Handlers,
  language: () => Language,
  log: (e: unknown) => void,
  afterEach: () => void = () => undefined,
) {
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs a task after everything queued before it; its exceptions become Results. */
  function enqueue<T>(task: () => Promise<Result<T>>): Promise<Result<T>> {
    const next = queue.then(async () => {
      try {
        return await task();
      } catch (error) {
        return failureResult(error, language(), log);
      } finally {
        try {
          afterEach();
        } catch (error) {
          log(error);
        }
      }
    });
    queue = next.catch(() => undefined);
    return next;
  }

  async function run(name: string, input: unknown): Promise<Result<unknown>> {
    if (!isOperationName(name)) return errorResult('NOT_FOUND', {}, language());
    const parsed = contract[name].input.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error, language());
    const malformed = malformedTextPath(parsed.data);
    if (malformed !== null) {
      return errorResult('INVALID_INPUT', { path: malformed }, language(), malformed);
    }
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  }

  return {
    dispatch: (name: string, input: unknown): Promise<Result<unknown>> =>
      enqueue(() => run(name, input)),
    /** A shell's side door (a path from a native dialog, a stream) on the same queue. */
    task: <T>(task: () => Promise<T>): Promise<Result<T>> => enqueue(async () => ok(await task())),
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
