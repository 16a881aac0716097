import { useState, type FormEvent } from 'react';
import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Engagement, EngagementFields } from '../../../shared/domain/engagement';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { notifyError, notifySuccess } from '../../api/notify';
import { queryKeys } from '../../api/query-keys';
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
  const queryClient = useQueryClient();
  const saved = pickFields(engagement);
  const [fields, setFields] = useState<EngagementFields>(saved);
  const [submitted, setSubmitted] = useState(false);
  const errors = validateSettings(fields, t);
  const dirty = JSON.stringify(fields) !== JSON.stringify(saved);

  const save = useMutation({
    mutationFn: (input: EngagementFields) =>
      call(api['engagement:update']({ engagementId: engagement.id, fields: input })),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.engagement(engagement.id), updated);
      setFields(pickFields(updated));
      setSubmitted(false);
      notifySuccess(t('settings.saved'));
      void queryClient.invalidateQueries({ queryKey: queryKeys.engagement(engagement.id) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.openEngagements });
      void queryClient.invalidateQueries({ queryKey: queryKeys.recent });
    },
    onError: notifyError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    save.mutate({
      ...fields,
      clientName: fields.clientName.trim(),
      title: fields.title.trim(),
      houseStyle: { ...fields.houseStyle, fontName: fields.houseStyle.fontName.trim() },
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
