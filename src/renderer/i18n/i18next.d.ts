import 'i18next';
import type {
  DEFAULT_UI_NAMESPACE,
  UI_FALLBACK_NAMESPACES,
  UiResources,
} from '../../shared/i18n/resources';

// Typed keys: t('stakeholders.nmae') fails to compile instead of showing the raw key. Keys of
// every namespace work without a prefix, through the fallback namespaces.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof DEFAULT_UI_NAMESPACE;
    fallbackNS: typeof UI_FALLBACK_NAMESPACES;
    resources: UiResources;
  }
}
