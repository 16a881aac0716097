import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/common';
import { DEFAULT_UI_LANGUAGE, uiI18nOptions } from '../../shared/i18n/resources';

// Initialised synchronously with bundled resources: no loading flash, no network.
void i18n.use(initReactI18next).init({
  ...uiI18nOptions(),
  lng: DEFAULT_UI_LANGUAGE,
  fallbackLng: DEFAULT_UI_LANGUAGE,
  supportedLngs: ['nl', 'en'],
  // React escapes on render; escaping here too would show &quot; in names with quotes.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export async function applyUiLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

export { i18n };
