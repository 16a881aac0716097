import type { TFunction } from 'i18next';
import type { Language } from '../../shared/domain/common.js';
import { createTranslator } from '../../shared/i18n/translator.js';

/**
 * A translator for one builder's texts in the export's language (which is the engagement's, not
 * necessarily the UI's). Each builder keeps its nl/en texts beside it, typed so en has nl's keys.
 */
export function exportTranslator<T extends Record<string, unknown>>(
  language: Language,
  texts: { nl: T; en: T },
): TFunction {
  // The same translator as errors, CLI and interchange, over a namespace "export" of its own.
  return memoised(createTranslator(language, { export: texts }) as unknown as TFunction);
}

/**
 * A translator that remembers its answers: the same key with the same options gives the same
 * text within one build, and a report of 30,000 findings asks for "Bron" and "Belang" 60,000
 * times, which through i18next's lookup, nesting and interpolation took seconds.
 */
export function memoised(t: TFunction): TFunction {
  const cache = new Map<string, string>();
  const translate = (key: unknown, options?: unknown): unknown => {
    const call = t as unknown as (key: unknown, options?: unknown) => unknown;
    if (
      typeof key !== 'string' ||
      (options !== undefined && (typeof options !== 'object' || options === null))
    )
      return call(key, options);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    const known = cache.get(id);
    if (known !== undefined) return known;
    const text = call(key, options);
    if (typeof text === 'string') cache.set(id, text);
    return text;
  };
  return translate as unknown as TFunction;
}

/** Throws the abort reason when the run was cancelled; builders call it between sections. */
export function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('cancelled');
}
