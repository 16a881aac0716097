import 'i18next';
import type { UiMessages } from '../../shared/i18n/resources';

// Typed keys: t('stakeholders.nmae') fails to compile instead of showing the raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: UiMessages };
  }
}
