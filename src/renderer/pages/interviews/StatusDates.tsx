import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  INTERVIEW_STATUSES,
  interviewStatusDatesSchema,
  isStatusReached,
  statusDateInstant,
  type InterviewStatus,
  type InterviewStatusDates,
  type InterviewSummary,
} from '../../../shared/domain/interview';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { formatDate } from '../../components/format';
import { DatesPopover } from '../../components/DatesPopover';
import { localDateOf, todayLocal } from './interview-format';

interface Props {
  engagementId: string;
  interview: InterviewSummary;
}

/**
 * "Datums aanpassen": the date each reached status was reached, as a date field per status. An
 * interview held on 28 April was not held on the day its step was clicked.
 */
export function StatusDates({ engagementId, interview }: Props) {
  const { t } = useTranslation();
  return (
    <DatesPopover label={t('interviews.statusDates.edit')}>
      {(close) => <DatesForm engagementId={engagementId} interview={interview} onDone={close} />}
    </DatesPopover>
  );
}

function DatesForm({ engagementId, interview, onDone }: Props & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const cache = useCoreCache();
  const reached = INTERVIEW_STATUSES.filter((s) => isStatusReached(s, interview.status));
  const initial = Object.fromEntries(
    reached.map((s) => [s, localDateOf(interview.statusDates[s])]),
  ) as Record<InterviewStatus, string>;
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const today = todayLocal();

  const save = useCoreMutation('interview:setStatusDates', {
    invalidates: ['interview:list'],
    onSuccess: (summary) => {
      // Not a refetch of the interview: its editors keep what is being typed (see useInterview).
      cache.set('interview:get', { engagementId, id: interview.id }, (old) =>
        old ? { ...old, statusDates: summary.statusDates } : old,
      );
      notifySuccess(t('interviews.statusDates.saved'));
      onDone();
    },
  });

  const errorOf = (status: InterviewStatus): string | null => {
    const value = values[status];
    if (!submitted && value === initial[status]) return null;
    return interviewStatusDatesSchema.safeParse({ [status]: value }).success
      ? null
      : t('interviews.statusDates.invalid');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const changed: InterviewStatusDates = {};
    for (const status of reached)
      if (values[status] !== initial[status]) changed[status] = values[status];
    if (Object.keys(changed).length === 0) {
      onDone();
      return;
    }
    if (!interviewStatusDatesSchema.safeParse(changed).success) return;
    save.mutate({ engagementId, id: interview.id, dates: changed });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('interviews.statusDates.title')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('interviews.statusDates.hint')}
        </Text>
        {reached.map((status, index) => (
          <TextInput
            key={status}
            type="date"
            size="xs"
            label={t(`interviewStatus.${status}`)}
            value={values[status]}
            max={today}
            required
            error={errorOf(status)}
            // The field shows the date in the system's format; this says it in the UI language.
            description={
              errorOf(status) === null && values[status] !== ''
                ? formatDate(statusDateInstant(values[status]), i18n.language)
                : undefined
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((current) => ({ ...current, [status]: value }));
            }}
            data-autofocus={index === reached.length - 1 ? true : undefined}
          />
        ))}
        <Group justify="flex-end" gap="xs" mt={4}>
          <Button variant="default" size="xs" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
