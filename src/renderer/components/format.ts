import type { TFunction } from 'i18next';

/**
 * The UI language as a full locale, so dates and numbers follow the language the user chose,
 * never the browser's or the system's region (an English browser still shows "28 april 2026").
 */
export const localeOf = (language: string): string =>
  language.startsWith('en') ? 'en-GB' : 'nl-NL';

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long' }).format(date);
}

export function formatBytes(bytes: number, t: TFunction, language: string): string {
  const kb = bytes / 1024;
  const number = new Intl.NumberFormat(localeOf(language), {
    maximumFractionDigits: kb < 1024 ? 0 : 1,
  });
  if (kb < 1024) return t('units.kb', { value: number.format(Math.max(1, kb)) });
  return t('units.mb', { value: number.format(kb / 1024) });
}
