import { useState, type FormEvent } from 'react';
import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Engagement, EngagementFields } from '../../../shared/domain/engagement';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { UiLanguageField } from '../../components/UiLanguageField';
import { EngagementFieldsSection } from './EngagementFieldsSection';
import { HouseStyleSection } from './HouseStyleSection';
import { validateSettings } from './validate-settings';

const pickFields = (e: Engagement): EngagementFields => ({
  clientName: e.clientName,
  title: e.title,
  consultants: e.consultants,
  startDate: e.startDate,
  status: e.status,
  language: e.language,
  houseStyle: e.houseStyle,
});

export function SettingsPage({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const saved = pickFields(engagement);
  const [fields, setFields] = useState<EngagementFields>(saved);
  const [submitted, setSubmitted] = useState(false);
  const errors = validateSettings(fields, t);
  const dirty = JSON.stringify(fields) !== JSON.stringify(saved);

  const save = useCoreMutation('engagement:update', {
    // The title and client also show in the lists of open and recent engagements.
    invalidates: ['engagement', 'engagement:listOpen', 'recent:list'],
    onSuccess: (updated) => {
      cache.set('engagement:get', { engagementId: engagement.id }, updated);
      setFields(pickFields(updated));
      setSubmitted(false);
      notifySuccess(t('settings.saved'));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    save.mutate({
      engagementId: engagement.id,
      fields: {
        ...fields,
        clientName: fields.clientName.trim(),
        title: fields.title.trim(),
        houseStyle: { ...fields.houseStyle, fontName: fields.houseStyle.fontName.trim() },
      },
    });
  };

  const shownErrors = submitted ? errors : {};

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('settings.title')}</Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <Paper withBorder p="lg">
            <EngagementFieldsSection fields={fields} errors={shownErrors} onChange={setFields} />
          </Paper>
          <Paper withBorder p="lg">
            <HouseStyleSection
              clientName={fields.clientName}
              houseStyle={fields.houseStyle}
              errors={shownErrors}
              onChange={(houseStyle) => setFields((f) => ({ ...f, houseStyle }))}
            />
          </Paper>
          {/* Sticky, so the save button stays in reach while editing the top of a long form. */}
          <Paper
            withBorder
            shadow={dirty ? 'md' : undefined}
            p="sm"
            pos="sticky"
            bottom={8}
            style={{ zIndex: 5 }}
          >
            <Group justify="flex-end">
              {dirty && (
                <Text size="sm" c="orange.8" role="status">
                  {t('settings.unsaved')}
                </Text>
              )}
              <Button variant="default" disabled={!dirty} onClick={() => setFields(saved)}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" disabled={!dirty} loading={save.isPending}>
                {t('actions.saveChanges')}
              </Button>
            </Group>
          </Paper>
        </Stack>
      </form>
      <Divider />
      <Paper withBorder p="lg" component="section" aria-labelledby="app-settings-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="app-settings-title">
            {t('settings.appSection')}
          </Title>
          <UiLanguageField />
        </Stack>
      </Paper>
    </Stack>
  );
}
