import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../shared/domain/common.js';

/**
 * A translator for one builder's texts in the export's language (which is the engagement's, not
 * necessarily the UI's). Each builder keeps its nl/en texts beside it, typed so en has nl's keys.
 */
export function exportTranslator<T extends Record<string, unknown>>(
  language: Language,
  texts: { nl: T; en: T },
): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'nl',
    initAsync: false,
    resources: { nl: { export: texts.nl }, en: { export: texts.en } },
    ns: ['export'],
    defaultNS: 'export',
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** Throws the abort reason when the run was cancelled; builders call it between sections. */
export function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('cancelled');
}
