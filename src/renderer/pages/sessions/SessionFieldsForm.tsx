import { useState } from 'react';
import {
  Group,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionFields, SessionSummary } from '../../../shared/domain/session';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain/vocabulary';
import { callCore, useCoreCache } from '../../api/core-hooks';
import { useStakeholders } from '../../api/stakeholders-queries';
import { SaveIndicator } from '../interviews/SaveIndicator';
import { useAutosave } from './use-autosave';

interface Props {
  engagementId: string;
  session: SessionSummary;
}

type Editable = Omit<SessionFields, 'title'> & { title: string };

const editableOf = (session: SessionSummary): Editable => ({
  title: session.title,
  goal: session.goal,
  scheduledAt: session.scheduledAt,
  room: session.room,
  facilitators: session.facilitators,
  audienceGroups: session.audienceGroups,
  participantCount: session.participantCount,
  participantIds: session.participants.map((p) => p.id),
  notes: session.notes,
});

/** The session's own fields, saved while typing (like interview notes). */
export function SessionFieldsForm({ engagementId, session }: Props) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const stakeholders = useStakeholders(engagementId);
  // Read once: what is typed here stays, whatever the cache does meanwhile.
  const [fields, setFields] = useState<Editable>(() => editableOf(session));
  const autosave = useAutosave<Editable>(async (content) => {
    const { title, ...rest } = content;
    const summary = await callCore('session:update', {
      engagementId,
      id: session.id,
      // An emptied title is not saved: the session keeps its last one.
      fields: { ...rest, ...(title.trim() !== '' && { title: title.trim() }) },
    });
    cache.set('session:get', { engagementId, id: session.id }, (old) =>
      old ? { ...old, ...summary } : old,
    );
    void cache.invalidate(['session:list'], { engagementId });
  });

  const set = <K extends keyof Editable>(key: K, value: Editable[K]) =>
    setFields((current) => {
      const next = { ...current, [key]: value };
      autosave.saver.change(next);
      return next;
    });
  const flush = () => void autosave.saver.flush();

  const stakeholderOptions = (stakeholders.data ?? []).map((s) => ({
    value: s.id,
    label: `${s.name} (${s.pseudonym}) · ${t(`groups.${s.group}`)}`,
  }));

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-fields-title">
      <Group justify="space-between">
        <Title order={3} size="h4" id="session-fields-title">
          {t('sessions.details')}
        </Title>
        <SaveIndicator
          state={autosave.state}
          errorMessage={autosave.error}
          onRetry={flush}
          idleText={t('sessions.saveIdle')}
        />
      </Group>
      <TextInput
        label={t('sessions.sessionTitle')}
        value={fields.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        onBlur={flush}
        maxLength={300}
        error={fields.title.trim() === '' ? t('sessions.titleRequired') : null}
      />
      <Textarea
        label={t('sessions.goal')}
        value={fields.goal}
        onChange={(e) => set('goal', e.currentTarget.value)}
        onBlur={flush}
        autosize
        minRows={2}
        maxLength={4000}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          type="datetime-local"
          label={t('sessions.when')}
          value={fields.scheduledAt ?? ''}
          onChange={(e) => set('scheduledAt', e.currentTarget.value || null)}
          onBlur={flush}
        />
        <TextInput
          label={t('sessions.room')}
          value={fields.room}
          onChange={(e) => set('room', e.currentTarget.value)}
          onBlur={flush}
          maxLength={300}
        />
        <NumberInput
          label={t('sessions.participantCount')}
          value={fields.participantCount ?? ''}
          onChange={(value) => set('participantCount', typeof value === 'number' ? value : null)}
          onBlur={flush}
          min={0}
          max={10_000}
          allowDecimal={false}
          allowNegative={false}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t('sessions.audience')}
          description={t('sessions.audienceHint')}
          data={STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: t(`groups.${g}`) }))}
          value={fields.audienceGroups}
          onChange={(value) => set('audienceGroups', value as Editable['audienceGroups'])}
          clearable
        />
        <TagsInput
          label={t('sessions.facilitators')}
          description={t('sessions.facilitatorsHint')}
          value={fields.facilitators}
          onChange={(value) => set('facilitators', value.map((v) => v.trim()).filter(Boolean))}
          maxTags={20}
          clearable
        />
      </SimpleGrid>
      <MultiSelect
        label={t('sessions.participants')}
        description={t('sessions.participantsHint')}
        data={stakeholderOptions}
        value={fields.participantIds}
        onChange={(value) => set('participantIds', value)}
        searchable
        clearable
        hidePickedOptions
        maxValues={500}
      />
      <Textarea
        label={t('sessions.notes')}
        value={fields.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        onBlur={flush}
        autosize
        minRows={3}
      />
    </Stack>
  );
}
