import {
  Alert,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/common';

export interface ExportChoices {
  language: Language;
  useNames: boolean;
  confidential: boolean;
  version: string;
}

interface Props {
  value: ExportChoices;
  onChange: (next: ExportChoices) => void;
}

/** The choices every document shares: language, names or pseudonyms, confidential, version. */
export function ExportOptionsPanel({ value, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ExportChoices>(key: K, next: ExportChoices[K]) =>
    onChange({ ...value, [key]: next });

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="export-options-title">
      <Stack gap="md">
        <Title order={3} size="h5" id="export-options-title">
          {t('exports.optionsTitle')}
        </Title>
        <Group gap="xl" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="export-language-label">
              {t('exports.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="export-language-label"
              value={value.language}
              onChange={(next) => set('language', next === 'en' ? 'en' : 'nl')}
              data={[
                { value: 'nl', label: t('exports.languages.nl') },
                { value: 'en', label: t('exports.languages.en') },
              ]}
            />
          </Stack>
          <TextInput
            label={t('exports.version')}
            placeholder={t('exports.versionPlaceholder')}
            value={value.version}
            maxLength={50}
            onChange={(event) => set('version', event.currentTarget.value)}
            w={200}
          />
          <Stack gap="sm" pt={4}>
            <Switch
              label={t('exports.confidential')}
              description={t('exports.confidentialHint')}
              checked={value.confidential}
              onChange={(event) => set('confidential', event.currentTarget.checked)}
            />
            <Switch
              label={t('exports.useNames')}
              description={t('exports.useNamesHint')}
              color="orange"
              checked={value.useNames}
              onChange={(event) => set('useNames', event.currentTarget.checked)}
            />
          </Stack>
        </Group>
        {value.useNames && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('exports.useNamesWarningTitle')}
          >
            {t('exports.useNamesWarning')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/** The options for export:start: a blank version is no version. */
export const exportOptionsFrom = (choices: ExportChoices) => ({
  language: choices.language,
  useNames: choices.useNames,
  confidential: choices.confidential,
  ...(choices.version.trim() === '' ? {} : { version: choices.version.trim() }),
});
