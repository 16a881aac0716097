import { useState } from 'react';
import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/common';
import { UI_LANGUAGES } from '../../shared/i18n/resources';
import { useCoreCache, useCoreMutation } from '../api/core-hooks';
import { applyUiLanguage } from '../i18n/i18n';

/** The app-wide UI language: stored in the preferences so the core answers in it too. */
export function UiLanguageField() {
  const { t, i18n } = useTranslation();
  const cache = useCoreCache();
  const current: Language = i18n.language === 'en' ? 'en' : 'nl';
  // Shown at once while the preference is saved, so the radio never jumps back and forth.
  const [chosen, setChosen] = useState<Language | null>(null);

  const update = useCoreMutation('preferences:update', {
    onSuccess: async (preferences) => {
      cache.set('preferences:get', {}, preferences);
      await applyUiLanguage(preferences.language);
      // Texts that come from the core (step titles, error messages) follow the new language.
      void cache.invalidate(['all']);
    },
    onSettled: () => setChosen(null),
  });

  return (
    <Radio.Group
      label={t('settings.uiLanguage')}
      description={t('settings.uiLanguageHint')}
      value={chosen ?? current}
      onChange={(value) => {
        const language: Language = value === 'en' ? 'en' : 'nl';
        setChosen(language);
        update.mutate({ language });
      }}
    >
      <Group mt="xs">
        {UI_LANGUAGES.map((lng) => (
          <Radio key={lng} value={lng} label={t(`languages.${lng}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}
