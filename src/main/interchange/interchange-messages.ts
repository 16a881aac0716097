import type { Language } from '../../shared/domain/common.js';
import type { InterchangeTexts } from '../../shared/i18n/interchange.nl.js';
import { textNamespaces } from '../../shared/i18n/resources.js';
import {
  cachedTranslators,
  type TextKey,
  type TranslateKeys,
} from '../../shared/i18n/translator.js';

// Why an interchange file was refused, in the user's words: the i18next namespace "interchange"
// (src/shared/i18n/interchange.nl.ts, .en.ts). The path of the field comes first in the message
// (see importFailure), so one line tells a consultant or a script where to look.

export type InterchangeReason =
  | { kind: 'notJson'; detail: string }
  | { kind: 'tooLarge'; maxMegabytes: number }
  | { kind: 'tooDeep'; maximum: number }
  | { kind: 'badText' }
  | { kind: 'notKoers' }
  | { kind: 'newerVersion'; version: number; supported: number }
  | { kind: 'badVersion' }
  | { kind: 'forbiddenKey'; key: string }
  | { kind: 'missing' }
  | { kind: 'wrongType'; expected: string }
  | { kind: 'tooLong'; maximum: number; unit: 'characters' | 'items' }
  | { kind: 'tooShort'; minimum: number; unit: 'characters' | 'items' }
  | { kind: 'outOfRange'; minimum?: number; maximum?: number }
  | { kind: 'badFormat'; format: string }
  | { kind: 'notAllowed'; allowed: string[] }
  | { kind: 'unknownKey'; key: string }
  | { kind: 'duplicateId'; id: string; firstAt: string }
  | { kind: 'duplicateValue'; value: string; firstAt: string }
  | {
      kind: 'missingRecord';
      record: 'stakeholder' | 'theme' | 'interview' | 'question' | 'passage' | 'checklistItem';
    }
  | { kind: 'unknownReference'; id: string }
  | { kind: 'notBase64' }
  | { kind: 'contentMismatch'; what: 'size' | 'sha256' }
  | { kind: 'invalid' };

type Translate = TranslateKeys<InterchangeTexts>;

const translators = cachedTranslators({ interchange: textNamespaces.interchange });

const quoteList = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

/** A type or format name from the texts, or the code itself when the texts do not know it. */
function named(t: Translate, group: 'types' | 'formats', code: string): string {
  return Object.hasOwn(textNamespaces.interchange.nl[group], code)
    ? t(`${group}.${code}` as TextKey<InterchangeTexts>)
    : code;
}

function reason(t: Translate, r: InterchangeReason): string {
  switch (r.kind) {
    case 'notJson':
      return t('reasons.notJson', { detail: r.detail });
    case 'tooLarge':
      return t('reasons.tooLarge', { maxMegabytes: r.maxMegabytes });
    case 'tooDeep':
      return t('reasons.tooDeep', { maximum: r.maximum });
    case 'badText':
      return t('reasons.badText');
    case 'notKoers':
      return t('reasons.notKoers');
    case 'newerVersion':
      return t('reasons.newerVersion', { version: r.version, supported: r.supported });
    case 'badVersion':
      return t('reasons.badVersion');
    case 'forbiddenKey':
      return t('reasons.forbiddenKey', { key: r.key });
    case 'missing':
      return t('reasons.missing');
    case 'wrongType':
      return t('reasons.wrongType', { type: named(t, 'types', r.expected) });
    case 'tooLong':
      return r.unit === 'characters'
        ? t('reasons.tooLongCharacters', { count: r.maximum })
        : t('reasons.tooLongItems', { count: r.maximum });
    case 'tooShort':
      if (r.minimum === 1 && r.unit === 'characters') return t('reasons.empty');
      return r.unit === 'characters'
        ? t('reasons.tooShortCharacters', { count: r.minimum })
        : t('reasons.tooShortItems', { count: r.minimum });
    case 'outOfRange':
      return r.maximum !== undefined
        ? t('reasons.atMost', { maximum: r.maximum })
        : t('reasons.atLeast', { minimum: r.minimum ?? 0 });
    case 'badFormat':
      return t('reasons.badFormat', { format: named(t, 'formats', r.format) });
    case 'notAllowed':
      return t('reasons.notAllowed', { allowed: quoteList(r.allowed) });
    case 'unknownKey':
      return t('reasons.unknownKey', { key: r.key });
    case 'duplicateId':
      return t('reasons.duplicateId', { id: r.id, firstAt: r.firstAt });
    case 'duplicateValue':
      return t('reasons.duplicateValue', { value: r.value, firstAt: r.firstAt });
    case 'missingRecord':
      return t(`reasons.missingRecord.${r.record}`);
    case 'unknownReference':
      return t('reasons.unknownReference', { id: r.id });
    case 'notBase64':
      return t('reasons.notBase64');
    case 'contentMismatch':
      return r.what === 'size' ? t('reasons.sizeMismatch') : t('reasons.sha256Mismatch');
    case 'invalid':
      return t('reasons.invalid');
  }
}

/** "bevindingen.json: findings[3].source.interviewId: verwijst naar … Er is geen bestand gemaakt." */
export function importFailure(
  language: Language,
  fileName: string,
  path: string,
  why: InterchangeReason,
): string {
  const t: Translate = translators(language);
  const text = reason(t, why);
  return path
    ? t('failureAt', { fileName, path, why: text })
    : t('failure', { fileName, why: text });
}
