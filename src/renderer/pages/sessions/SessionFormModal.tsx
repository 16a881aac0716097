import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain/vocabulary';
import type { SessionFields } from '../../../shared/domain/session';
import { useCoreMutation } from '../../api/core-hooks';
import { useEngagement } from '../../api/engagement-queries';
import { notifySuccess } from '../../api/notify';
import { useSessionTypes } from '../../api/sessions-queries';
import { navigate, sessionHref } from '../../app/router';

interface Props {
  engagementId: string;
  opened: boolean;
  onClose: () => void;
}

/** "Nieuwe sessie": its type (with the type's agenda), title, date, room, goal and audience. */
export function SessionFormModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('sessions.newTitle')} size="lg">
      {props.opened && <SessionForm {...props} />}
    </Modal>
  );
}

type NewFields = Pick<
  SessionFields,
  'title' | 'scheduledAt' | 'room' | 'goal' | 'audienceGroups' | 'participantCount' | 'facilitators'
>;

function SessionForm({ engagementId, onClose }: Props) {
  const { t } = useTranslation();
  const types = useSessionTypes(engagementId);
  const engagement = useEngagement(engagementId);
  const [type, setType] = useState<string | null>(null);
  const [fields, setFields] = useState<NewFields>(() => ({
    title: '',
    scheduledAt: null,
    room: '',
    goal: '',
    audienceGroups: [],
    participantCount: null,
    facilitators: engagement.data?.consultants ?? [],
  }));
  const [submitted, setSubmitted] = useState(false);
  const set = <K extends keyof NewFields>(key: K, value: NewFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  const titleError = fields.title.trim() === '' ? t('sessions.titleRequired') : null;
  const typeError = type === null ? t('sessions.typeRequired') : null;
  const chosen = types.data?.find((candidate) => candidate.id === type);

  const create = useCoreMutation('session:create', {
    invalidates: ['session:list', 'engagement:overview'],
    onSuccess: (saved) => {
      notifySuccess(t('sessions.created', { title: saved.title }));
      onClose();
      navigate(sessionHref(engagementId, saved.id));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (titleError || typeError || type === null) return;
    create.mutate({
      engagementId,
      type,
      fields: {
        ...fields,
        title: fields.title.trim(),
        room: fields.room.trim(),
        goal: fields.goal.trim(),
        scheduledAt: fields.scheduledAt === '' ? null : fields.scheduledAt,
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('sessions.type')}
          data={(types.data ?? []).map((option) => ({ value: option.id, label: option.name }))}
          value={type}
          onChange={setType}
          description={chosen?.description}
          error={submitted ? typeError : null}
          allowDeselect={false}
          required
          data-autofocus
        />
        <TextInput
          label={t('sessions.sessionTitle')}
          placeholder={t('sessions.titlePlaceholder')}
          value={fields.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={submitted ? titleError : null}
          maxLength={300}
          required
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="datetime-local"
            label={t('sessions.when')}
            value={fields.scheduledAt ?? ''}
            onChange={(e) => set('scheduledAt', e.currentTarget.value || null)}
          />
          <TextInput
            label={t('sessions.room')}
            value={fields.room}
            onChange={(e) => set('room', e.currentTarget.value)}
            maxLength={300}
          />
        </SimpleGrid>
        <Textarea
          label={t('sessions.goal')}
          value={fields.goal}
          onChange={(e) => set('goal', e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <SimpleGrid cols={2}>
          <MultiSelect
            label={t('sessions.audience')}
            description={t('sessions.audienceHint')}
            data={STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
            value={fields.audienceGroups}
            onChange={(value) => set('audienceGroups', value as NewFields['audienceGroups'])}
            clearable
          />
          <NumberInput
            label={t('sessions.participantCount')}
            value={fields.participantCount ?? ''}
            onChange={(value) => set('participantCount', typeof value === 'number' ? value : null)}
            min={0}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('sessions.new')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
