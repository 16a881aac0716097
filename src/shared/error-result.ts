import type { Language } from './domain/common.js';
import { allErrorMessages } from './i18n/resources.js';
import { cachedTranslators } from './i18n/translator.js';
import type { ErrorCode, Result } from './result.js';

// The one error path: the dispatcher, the IPC handlers, the HTTP server, the transports and the
// CLI all build a failed Result here, so the same code gives the same message everywhere.

const translator = cachedTranslators({ errors: allErrorMessages });

export type ErrorParams = Record<string, string | number>;

/** The message of an error code in a language, its placeholders filled from `params`. */
export function errorMessage(code: ErrorCode, params: ErrorParams, language: Language): string {
  return translator(language)(code, { path: '', detail: '', ...params });
}

/** A failed Result; `path` names the first bad field of an INVALID_INPUT. */
export function errorResult(
  code: ErrorCode,
  params: ErrorParams,
  language: Language,
  path?: string,
): Result<never> {
  return {
    ok: false,
    error: {
      code,
      message: errorMessage(code, params, language),
      ...(path === undefined ? {} : { path }),
    },
  };
}
