import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/common';
import { UI_LANGUAGES } from '../../shared/i18n/resources';
import { useCoreCache, useCoreMutation } from '../api/core-hooks';
import { applyUiLanguage } from '../i18n/i18n';
import { useInstantValue } from './use-instant-value';

/** The app-wide UI language: stored in the preferences so the core answers in it too. */
export function UiLanguageField() {
  const { t, i18n } = useTranslation();
  const cache = useCoreCache();
  const current: Language = i18n.language === 'en' ? 'en' : 'nl';
  // Shown at once while the preference is saved, so the radio never jumps back and forth.
  const shown = useInstantValue(current);

  const update = useCoreMutation('preferences:update', {
    onSuccess: async (preferences) => {
      cache.set('preferences:get', {}, preferences);
      await applyUiLanguage(preferences.language);
      // Texts that come from the core (step titles, error messages) follow the new language.
      void cache.invalidate(['all']);
    },
    onSettled: shown.release,
  });

  return (
    <Radio.Group
      label={t('settings.uiLanguage')}
      description={t('settings.uiLanguageHint')}
      value={shown.value}
      onChange={(value) => {
        const language: Language = value === 'en' ? 'en' : 'nl';
        shown.show(language);
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
