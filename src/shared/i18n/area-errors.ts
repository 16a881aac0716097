import type { Language } from '../domain/common.js';
import type { NamespaceTexts } from './translator.js';

// A domain area brings its own error codes: one file src/shared/i18n/errors/<area>.errors.ts
// with the texts in both languages, listed in AREA_ERRORS (resources.ts). The codes are the keys,
// so ErrorCode (result.ts) grows with the list and a code without a text does not compile.

/** An area's error texts; English must have exactly Dutch's codes. */
export const areaErrors = <K extends string>(texts: {
  nl: Record<K, string>;
  en: Record<K, string>;
}): NamespaceTexts<Record<K, string>> => texts;

type Keys<T> = T extends unknown ? keyof T : never;

/** The codes of a list of areas' error texts. */
export type AreaErrorCodes<L extends readonly NamespaceTexts<object>[]> = Keys<L[number]['nl']> &
  string;

/** The base texts with every area's texts added; an area may not redefine a code. */
export function mergeErrorTexts<B extends Record<string, string>>(
  base: Record<Language, B>,
  areas: readonly NamespaceTexts<Record<string, string>>[],
): Record<Language, Record<string, string>> {
  const merged: Record<Language, Record<string, string>> = {
    nl: { ...base.nl },
    en: { ...base.en },
  };
  for (const area of areas)
    for (const language of ['nl', 'en'] as const)
      for (const [code, text] of Object.entries(area[language])) {
        if (code in merged[language]) throw new Error(`error code ${code} is defined twice`);
        merged[language][code] = text;
      }
  return merged;
}
