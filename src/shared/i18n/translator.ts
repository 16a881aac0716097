import i18next from 'i18next';
import type { Language } from '../domain/common.js';

// The one way Koers turns a key into text outside React: UI, errors, exports, CLI, interchange
// and shell texts are all i18next namespaces. Each namespace keeps its Dutch and English texts
// side by side ({ nl, en }); placeholders are i18next's {{name}} and plurals its _one/_other.

/** A namespace's texts in both languages; English has Dutch's keys (checked by tests). */
export interface NamespaceTexts<T extends object = Record<string, unknown>> {
  nl: T;
  en: T;
}

/**
 * Key in, text out. Deliberately untyped by key: the renderer's typed `t` (react-i18next) is for
 * the UI; this one serves namespaces whose keys the caller owns.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The keys of a namespace's texts as `t` takes them: nested objects joined with dots, plural forms
 * (`_one`, `_other`) under their base key, which is called with `count`.
 */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${PluralSuffix}`
      ? Base
      : K
    : `${K}.${TextKey<T[K]>}`;
}[keyof T & string];

/** A translator whose keys are checked against one namespace's texts. */
export type TranslateKeys<T> = (key: TextKey<T>, options?: Record<string, unknown>) => string;

/**
 * A translator for one language over the given namespaces. The first namespace is the default,
 * so `t('key')` reads it and `t('other:key')` another. Created synchronously: no loading step.
 */
export function createTranslator(
  language: Language,
  namespaces: Record<string, NamespaceTexts<object>>,
): Translate {
  const names = Object.keys(namespaces);
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'nl',
    initAsync: false,
    resources: {
      nl: Object.fromEntries(names.map((ns) => [ns, namespaces[ns]!.nl])),
      en: Object.fromEntries(names.map((ns) => [ns, namespaces[ns]!.en])),
    },
    ns: names,
    defaultNS: names[0] ?? 'translation',
    // Texts become plain text (terminal, Word, a dialog), never HTML: escaping would only mangle
    // quotes and ampersands in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t as unknown as Translate;
}

/**
 * One translator per language per set of namespaces, made on first use: a CLI run or a shell
 * asks for the same texts many times.
 */
export function cachedTranslators(
  namespaces: Record<string, NamespaceTexts<object>>,
): (language: Language) => Translate {
  const made = new Map<Language, Translate>();
  return (language) => {
    let t = made.get(language);
    if (!t) {
      t = createTranslator(language, namespaces);
      made.set(language, t);
    }
    return t;
  };
}
