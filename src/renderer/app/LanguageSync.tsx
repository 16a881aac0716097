import { useEffect, useState, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../api/app-queries';
import { applyUiLanguage } from '../i18n/i18n';

/**
 * Follows the UI language stored in the app preferences (shared by every shell), and holds the
 * screens back until the first answer so an English user never sees a flash of Dutch.
 */
export function LanguageSync({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const preferences = usePreferences();
  const language = preferences.data?.language;
  const [applied, setApplied] = useState(false);

  useEffect(() => {
    if (language) void applyUiLanguage(language).then(() => setApplied(true));
  }, [language]);

  // A failed read is reported by the query cache; carry on in Dutch rather than hang.
  if (!applied && !preferences.isError) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return children;
}
