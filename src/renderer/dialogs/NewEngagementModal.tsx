import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/common';
import type { OpenEngagement } from '../../shared/domain/engagement';
import { useCoreMutation } from '../api/core-hooks';
import { notifySuccess } from '../api/notify';
import { UI_LANGUAGES } from '../../shared/i18n/resources';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (engagement: OpenEngagement) => void;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export function NewEngagementModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('newEngagement.title')} size="lg">
      {/* Mounted only while open, so every new engagement starts from an empty form. */}
      {opened && <NewEngagementForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function NewEngagementForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: Props['onCreated'];
}) {
  const { t, i18n } = useTranslation();
  const [clientName, setClientName] = useState('');
  const [title, setTitle] = useState('');
  const [startDate, setStartDate] = useState(today);
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'nl');
  const [showErrors, setShowErrors] = useState(false);

  const create = useCoreMutation('engagement:create', {
    onSuccess: (engagement) => {
      notifySuccess(t('newEngagement.created', { title: engagement.title }));
      onCreated(engagement);
    },
  });

  const clientError = showErrors && clientName.trim() === '' ? t('settings.required') : null;
  const titleError = showErrors && title.trim() === '' ? t('settings.required') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (clientName.trim() === '' || title.trim() === '') return;
    create.mutate({
      fields: {
        clientName: clientName.trim(),
        title: title.trim(),
        startDate: startDate === '' ? null : startDate,
        language,
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('newEngagement.clientName')}
          placeholder={t('newEngagement.clientNamePlaceholder')}
          value={clientName}
          onChange={(e) => setClientName(e.currentTarget.value)}
          error={clientError}
          maxLength={200}
          required
          data-autofocus
        />
        <TextInput
          label={t('newEngagement.engagementTitle')}
          placeholder={t('newEngagement.engagementTitlePlaceholder')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={titleError}
          maxLength={300}
          required
        />
        <TextInput
          type="date"
          label={t('newEngagement.startDate')}
          value={startDate}
          onChange={(e) => setStartDate(e.currentTarget.value)}
        />
        <Radio.Group
          label={t('newEngagement.language')}
          value={language}
          onChange={(value) => setLanguage(value === 'en' ? 'en' : 'nl')}
        >
          <Group mt="xs">
            {UI_LANGUAGES.map((lng) => (
              <Radio key={lng} value={lng} label={t(`languages.${lng}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('actions.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
