import { Group, Radio } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/common';
import { UI_LANGUAGES } from '../../shared/i18n/resources';
import { api } from '../api/client';
import { call } from '../api/koers-error';
import { notifyError } from '../api/notify';
import { queryKeys } from '../api/query-keys';
import { applyUiLanguage } from '../i18n/i18n';
import { useInstantValue } from './use-instant-value';

/** The app-wide UI language: stored in the preferences so the core answers in it too. */
export function UiLanguageField() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const current: Language = i18n.language === 'en' ? 'en' : 'nl';
  // Shown at once while the preference is saved, so the radio never jumps back and forth.
  const shown = useInstantValue(current);

  const update = useMutation({
    mutationFn: (language: Language) => call(api['preferences:update']({ language })),
    onSuccess: async (preferences) => {
      queryClient.setQueryData(queryKeys.preferences, preferences);
      await applyUiLanguage(preferences.language);
      // Texts that come from the core (step titles, error messages) follow the new language.
      void queryClient.invalidateQueries();
    },
    onError: notifyError,
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
        update.mutate(language);
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
