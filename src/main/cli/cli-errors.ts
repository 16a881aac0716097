import type { i18n } from 'i18next';
import type { Language } from '../../shared/domain/common.js';
import type { ErrorCode } from '../../shared/result.js';
import { createCoreI18n, errorMessage } from '../core/core-i18n.js';
import { isKoersError } from '../core/koers-error.js';

// info and verify need no core (they never open a file for writing), but they must say the same
// thing about a damaged file as the desktop app does: same codes, same translated messages.

const translators = new Map<Language, i18n>();

function translator(language: Language): i18n {
  let t = translators.get(language);
  if (!t) {
    t = createCoreI18n(language);
    translators.set(language, t);
  }
  return t;
}

export function describeFailure(
  error: unknown,
  language: Language,
): { code: ErrorCode; message: string } {
  if (isKoersError(error)) {
    return {
      code: error.code,
      message: errorMessage(translator(language), error.code, error.params),
    };
  }
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  return { code: 'INTERNAL', message: errorMessage(translator(language), 'INTERNAL', { detail }) };
}
