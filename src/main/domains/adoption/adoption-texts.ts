import type { Language } from '../../../shared/domain/common.js';
import type { AdoptionTexts } from '../../../shared/i18n/adoption.nl.js';
import { textNamespaces } from '../../../shared/i18n/resources.js';
import { cachedTranslators, type TranslateKeys } from '../../../shared/i18n/translator.js';

// The words the core writes for step 4 (timeline titles, the bodies in a refusal, a finding's
// source in the trace), through the shared translator over the namespace "adoption".

export type AdoptionTranslate = TranslateKeys<AdoptionTexts>;

const translators = cachedTranslators({ adoption: textNamespaces.adoption });

export const adoptionTranslator = (language: Language): AdoptionTranslate =>
  translators(language) as AdoptionTranslate;

const dateFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

/** "2 juni 2026" / "2 June 2026"; a day that is not one stays as written. */
export function longDate(day: string, language: Language): string {
  const time = Date.parse(`${day.slice(0, 10)}T00:00:00.000Z`);
  return Number.isNaN(time) ? day : dateFormats[language].format(time);
}

/** "het MT", "het MT en de raad", "het MT, het college en de raad". */
export function joinedList(t: AdoptionTranslate, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('and', { first: items.slice(0, -1).join(', '), last: items.at(-1) });
}
