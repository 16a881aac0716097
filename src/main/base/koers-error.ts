import type { ErrorCode } from '../../shared/result.js';

/**
 * The one exception type the core throws on purpose. `params` fill the placeholders of the
 * translated message (src/shared/i18n/errors.ts); the dispatcher turns it into a Result.
 */
export class KoersError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code} ${JSON.stringify(params)}`, options);
    this.name = 'KoersError';
  }
}

export const isKoersError = (e: unknown): e is KoersError => e instanceof KoersError;
