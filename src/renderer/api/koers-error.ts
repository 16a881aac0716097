import type { ErrorCode, KoersErrorInfo, Result } from '../../shared/result';

/** A failed Result turned into something TanStack Query can throw and catch. */
export class KoersError extends Error {
  readonly code: ErrorCode;
  readonly path: string | undefined;

  constructor(info: KoersErrorInfo) {
    // The core already translated the message into the UI language.
    super(info.message);
    this.name = 'KoersError';
    this.code = info.code;
    this.path = info.path;
  }
}

export const isKoersError = (error: unknown): error is KoersError => error instanceof KoersError;

export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new KoersError(result.error);
}

/** Awaits an API call and unwraps it: the shape TanStack Query's queryFn/mutationFn expect. */
export const call = async <T>(promise: Promise<Result<T>>): Promise<T> => unwrap(await promise);
