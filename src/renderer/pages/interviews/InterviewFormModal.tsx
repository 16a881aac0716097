import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  ScrollArea,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InterviewFields, InterviewSummary } from '../../../shared/domain/interview';
import { useCoreMutation } from '../../api/core-hooks';
import { useEngagement } from '../../api/engagement-queries';
import { useInterviewGuide } from '../../api/interviews-queries';
import { notifySuccess } from '../../api/notify';
import { useStakeholders } from '../../api/stakeholders-queries';
import { interviewHref, navigate } from '../../app/router';

interface Props {
  engagementId: string;
  opened: boolean;
  /** null: plan a new interview (and pick its guide questions). */
  interview: InterviewSummary | null;
  onClose: () => void;
}

export function InterviewFormModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.interview ? t('interviews.editTitle') : t('interviews.planTitle')}
      size="xl"
    >
      {props.opened && <InterviewForm {...props} />}
    </Modal>
  );
}

function InterviewForm({ engagementId, interview, onClose }: Props) {
  const { t } = useTranslation();
  const stakeholders = useStakeholders(engagementId);
  const engagement = useEngagement(engagementId);
  const guide = useInterviewGuide(engagementId);

  const [fields, setFields] = useState<InterviewFields>(() => ({
    title: interview?.title ?? '',
    scheduledAt: interview?.scheduledAt ?? null,
    location: interview?.location ?? '',
    interviewers: interview?.interviewers ?? engagement.data?.consultants ?? [],
    participantIds: interview?.participants.map((p) => p.id) ?? [],
  }));
  // Every guide question by default: the consultant switches off what this conversation skips.
  const [skipped, setSkipped] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);

  const set = <K extends keyof InterviewFields>(key: K, value: InterviewFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  const titleError = fields.title.trim() === '' ? t('interviews.titleRequired') : null;

  const onSuccess = (saved: InterviewSummary) => {
    notifySuccess(
      interview ? t('interviews.updated') : t('interviews.created', { title: saved.title }),
    );
    onClose();
    if (!interview) navigate(interviewHref(engagementId, saved.id));
  };
  // The list and the interview's own page show the title, date and participants.
  const invalidates = ['interview:list', 'interview:get'] as const;
  const update = useCoreMutation('interview:update', { invalidates, onSuccess });
  const create = useCoreMutation('interview:create', { invalidates, onSuccess });
  const save = {
    isPending: update.isPending || create.isPending,
    mutate: (fields: InterviewFields) => {
      if (interview) return update.mutate({ engagementId, id: interview.id, fields });
      const guideQuestionIds = guide.data?.map((q) => q.id).filter((id) => !skipped.has(id));
      create.mutate({ engagementId, fields, ...(guideQuestionIds && { guideQuestionIds }) });
    },
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (titleError) return;
    save.mutate({
      ...fields,
      title: fields.title.trim(),
      location: fields.location.trim(),
      scheduledAt: fields.scheduledAt === '' ? null : fields.scheduledAt,
    });
  };

  const stakeholderOptions = (stakeholders.data ?? []).map((s) => ({
    value: s.id,
    label: `${s.name} (${s.pseudonym}) · ${t(`groups.${s.group}`)}`,
  }));
  const guideQuestions = guide.data ?? [];
  const selectedCount = guideQuestions.filter((q) => !skipped.has(q.id)).length;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('interviews.interviewTitle')}
          placeholder={t('interviews.titlePlaceholder')}
          value={fields.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={submitted ? titleError : null}
          maxLength={300}
          required
          data-autofocus
        />
        <SimpleGrid cols={2}>
          <TextInput
            type="datetime-local"
            label={t('interviews.when')}
            value={fields.scheduledAt ?? ''}
            onChange={(e) => set('scheduledAt', e.currentTarget.value || null)}
          />
          <TextInput
            label={t('interviews.location')}
            value={fields.location}
            onChange={(e) => set('location', e.currentTarget.value)}
            maxLength={300}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('interviews.interviewees')}
          description={
            stakeholderOptions.length === 0
              ? t('interviews.noStakeholders')
              : t('interviews.intervieweesHint')
          }
          data={stakeholderOptions}
          value={fields.participantIds}
          onChange={(value) => set('participantIds', value)}
          searchable
          clearable
          hidePickedOptions
          maxValues={50}
        />
        <TagsInput
          label={t('interviews.interviewers')}
          description={t('interviews.interviewersHint')}
          value={fields.interviewers}
          onChange={(value) => set('interviewers', value.map((v) => v.trim()).filter(Boolean))}
          maxTags={20}
          clearable
        />
        {!interview && guideQuestions.length > 0 && (
          <Stack gap={6}>
            <Group justify="space-between" align="flex-end">
              <Stack gap={0}>
                <Text fw={500} size="sm" id="guide-questions-label">
                  {t('interviews.guideQuestions')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('interviews.guideHint')} ·{' '}
                  {t('interviews.guideCount', {
                    selected: selectedCount,
                    total: guideQuestions.length,
                  })}
                </Text>
              </Stack>
              <Group gap="xs">
                <Button size="compact-xs" variant="subtle" onClick={() => setSkipped(new Set())}>
                  {t('interviews.guideAll')}
                </Button>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => setSkipped(new Set(guideQuestions.map((q) => q.id)))}
                >
                  {t('interviews.guideNone')}
                </Button>
              </Group>
            </Group>
            <ScrollArea.Autosize
              mah={240}
              type="auto"
              role="group"
              aria-labelledby="guide-questions-label"
              style={{
                border: '1px solid var(--mantine-color-default-border)',
                borderRadius: 'var(--mantine-radius-sm)',
              }}
            >
              <Stack gap={8} p="sm">
                {guideQuestions.map((q, index) => (
                  <Checkbox
                    key={q.id}
                    label={`${index + 1}. ${q.text}`}
                    description={q.section}
                    checked={!skipped.has(q.id)}
                    onChange={(e) => {
                      const checked = e.currentTarget.checked;
                      setSkipped((current) => {
                        const next = new Set(current);
                        if (checked) next.delete(q.id);
                        else next.add(q.id);
                        return next;
                      });
                    }}
                  />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Stack>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {interview ? t('actions.save') : t('interviews.plan')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
