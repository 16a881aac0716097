import {
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ENGAGEMENT_STATUSES,
  type EngagementFields,
  type EngagementStatus,
} from '../../../shared/domain/engagement';
import { UI_LANGUAGES } from '../../../shared/i18n/resources';
import type { SettingsErrors } from './validate-settings';

interface Props {
  fields: EngagementFields;
  errors: SettingsErrors;
  onChange: (update: (fields: EngagementFields) => EngagementFields) => void;
}

export function EngagementFieldsSection({ fields, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof EngagementFields>(key: K, value: EngagementFields[K]) =>
    onChange((f) => ({ ...f, [key]: value }));

  return (
    <Stack gap="md" component="section" aria-labelledby="engagement-settings-title">
      <Title order={3} size="h4" id="engagement-settings-title">
        {t('settings.engagementSection')}
      </Title>
      <SimpleGrid cols={2}>
        <TextInput
          label={t('settings.clientName')}
          value={fields.clientName}
          onChange={(e) => set('clientName', e.currentTarget.value)}
          error={errors.clientName}
          maxLength={200}
          required
        />
        <TextInput
          label={t('settings.engagementTitle')}
          value={fields.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
          maxLength={300}
          required
        />
      </SimpleGrid>
      <TagsInput
        label={t('settings.consultants')}
        description={t('settings.consultantsHint')}
        value={fields.consultants}
        onChange={(value) => set('consultants', value)}
        maxTags={50}
        clearable
      />
      <SimpleGrid cols={3}>
        <TextInput
          type="date"
          label={t('settings.startDate')}
          value={fields.startDate ?? ''}
          onChange={(e) =>
            set('startDate', e.currentTarget.value === '' ? null : e.currentTarget.value)
          }
        />
        <Select
          label={t('settings.status')}
          data={ENGAGEMENT_STATUSES.map((status) => ({
            value: status,
            label: t(`statuses.${status}`),
          }))}
          value={fields.status}
          onChange={(value) => value && set('status', value as EngagementStatus)}
          allowDeselect={false}
        />
        <Radio.Group
          label={t('settings.language')}
          description={t('settings.languageHint')}
          value={fields.language}
          onChange={(value) => set('language', value === 'en' ? 'en' : 'nl')}
        >
          <Group mt="xs">
            {UI_LANGUAGES.map((lng) => (
              <Radio key={lng} value={lng} label={t(`languages.${lng}`)} />
            ))}
          </Group>
        </Radio.Group>
      </SimpleGrid>
    </Stack>
  );
}
