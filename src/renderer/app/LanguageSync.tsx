import { useEffect } from 'react';
import { usePreferences } from '../api/queries';
import { applyUiLanguage } from '../i18n/i18n';

/** Follows the UI language stored in the app preferences (shared by every shell). */
export function LanguageSync() {
  const preferences = usePreferences();
  const language = preferences.data?.language;
  useEffect(() => {
    if (language) void applyUiLanguage(language);
  }, [language]);
  return null;
}
