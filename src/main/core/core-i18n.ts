import i18next, { type i18n } from 'i18next';
import type { Language } from '../../shared/domain/common.js';
import { errorMessages } from '../../shared/i18n/errors.js';
import type { ErrorCode } from '../../shared/result.js';

// The core's own translator: error messages now, exported documents later. A separate
// instance per core so two cores in one process (tests) never share a language.
export function createCoreI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'nl',
    initAsync: false,
    resources: {
      nl: { errors: errorMessages.nl },
      en: { errors: errorMessages.en },
    },
    ns: ['errors'],
    defaultNS: 'errors',
    // Messages are shown as text, never as HTML, so escaping would only mangle quotes.
    interpolation: { escapeValue: false },
  });
  return instance;
}

export function errorMessage(
  i18n: i18n,
  code: ErrorCode,
  params: Record<string, string | number>,
): string {
  return i18n.t(code, { ns: 'errors', path: '', detail: '', ...params });
}
