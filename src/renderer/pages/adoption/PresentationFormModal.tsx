import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  PRESENTATION_AUDIENCES,
  type Presentation,
  type PresentationAudience,
  type PresentationFields,
} from '../../../shared/domain/adoption';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { ADOPTION_CHANGED, useVisionVersions } from './adoption-queries';
import { submitOnCtrlEnter } from './use-save-shortcut';

interface Props {
  engagementId: string;
  /** The presentation to edit; absent: a new one. */
  presentation: Presentation | null;
  onClose(): void;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

/** Add or edit a presentation: who saw it, when, and which vision version was shown. */
export function PresentationFormModal({ engagementId, presentation, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(
        presentation ? 'adoption.presentations.editTitle' : 'adoption.presentations.addTitle',
      )}
      size="lg"
    >
      <PresentationForm engagementId={engagementId} presentation={presentation} onClose={onClose} />
    </Modal>
  );
}

function PresentationForm({ engagementId, presentation, onClose }: Props) {
  const { t } = useTranslation();
  const versions = useVisionVersions(engagementId);
  const [fields, setFields] = useState<PresentationFields>(() => ({
    audience: presentation?.audience ?? 'mt',
    title: presentation?.title ?? '',
    date: presentation?.date ?? today(),
    versionId: presentation?.versionId ?? null,
    attendees: presentation?.attendees ?? '',
    notes: presentation?.notes ?? '',
  }));
  const [submitted, setSubmitted] = useState(false);
  const set = <K extends keyof PresentationFields>(key: K, value: PresentationFields[K]) =>
    setFields((old) => ({ ...old, [key]: value }));
  const done = () => {
    notifySuccess(t('adoption.presentations.saved'));
    onClose();
  };
  const create = useCoreMutation('presentation:create', {
    invalidates: ADOPTION_CHANGED,
    onSuccess: done,
  });
  const update = useCoreMutation('presentation:update', {
    invalidates: ADOPTION_CHANGED,
    onSuccess: done,
  });
  const dateError = fields.date === '' ? t('adoption.required') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (dateError) return;
    if (presentation) update.mutate({ engagementId, id: presentation.id, fields });
    else create.mutate({ engagementId, fields });
  };

  const versionOptions = [
    { value: '', label: t('adoption.presentations.versionNone') },
    ...[...(versions.data ?? [])].reverse().map((v) => ({
      value: v.id,
      label: `${v.label}${v.note ? ` · ${v.note}` : ''}`,
    })),
  ];

  return (
    <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <Select
            label={t('adoption.presentations.audience')}
            data={PRESENTATION_AUDIENCES.map((a) => ({
              value: a,
              label: t(`adoption.audiences.${a}`),
            }))}
            value={fields.audience}
            onChange={(value) => value && set('audience', value as PresentationAudience)}
            allowDeselect={false}
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('adoption.presentations.date')}
            value={fields.date}
            onChange={(e) => set('date', e.currentTarget.value)}
            error={submitted ? dateError : null}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t('adoption.presentations.title')}
          placeholder={t('adoption.presentations.titlePlaceholder')}
          value={fields.title}
          onChange={(e) => set('title', e.currentTarget.value)}
        />
        <Select
          label={t('adoption.presentations.version')}
          description={t('adoption.presentations.versionHint')}
          data={versionOptions}
          value={fields.versionId ?? ''}
          onChange={(value) => set('versionId', value ? value : null)}
          allowDeselect={false}
        />
        <TextInput
          label={t('adoption.presentations.attendees')}
          placeholder={t('adoption.presentations.attendeesPlaceholder')}
          value={fields.attendees}
          onChange={(e) => set('attendees', e.currentTarget.value)}
        />
        <Textarea
          label={t('adoption.presentations.notes')}
          value={fields.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          autosize
          minRows={3}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('adoption.saveShortcut')}
          </Text>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
