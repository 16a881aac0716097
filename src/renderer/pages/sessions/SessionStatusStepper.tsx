import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  SESSION_STATUSES,
  sessionStatusDateSchema,
  type Session,
  type SessionStatus,
  type SessionSummary,
} from '../../../shared/domain/session';
import { callCore, useCoreCache } from '../../api/core-hooks';
import { notifyError } from '../../api/notify';
import { coreQueryKey } from '../../api/query-keys';
import { useOptimisticMutation } from '../../api/use-optimistic-mutation';
import { formatDate } from '../../components/format';
import { DatesPopover } from '../../components/DatesPopover';

interface Props {
  engagementId: string;
  session: SessionSummary;
}

/** A day (yyyy-mm-dd) as a date in the UI language, read as noon so no time zone moves it. */
const dayText = (day: string, language: string) => formatDate(`${day}T12:00:00`, language);

/** gepland → gehouden → verwerkt → teruggekoppeld; each step shows the day it was reached. */
export function SessionStatusStepper({ engagementId, session }: Props) {
  const { t, i18n } = useTranslation();
  const cache = useCoreCache();
  const current = SESSION_STATUSES.indexOf(session.status);
  const input = { engagementId, id: session.id };

  const setStatus = useOptimisticMutation({
    queryKey: coreQueryKey('session:get', input),
    mutationFn: (status: SessionStatus) => callCore('session:setStatus', { ...input, status }),
    apply: (old: Session, status) => ({ ...old, status }),
    onSuccess: (summary) =>
      cache.set('session:get', input, (old) =>
        old ? { ...old, status: summary.status, statusDates: summary.statusDates } : old,
      ),
    invalidate: [{ queryKey: coreQueryKey('session:list', { engagementId }), exact: true }],
  });

  return (
    <Group align="flex-start" wrap="nowrap" gap="xs">
      <Stepper
        flex={1}
        active={current + 1}
        onStepClick={(index) => {
          const status = SESSION_STATUSES[index];
          if (status && status !== session.status) setStatus.mutate(status);
        }}
        allowNextStepsSelect
        size="sm"
        wrap={false}
        aria-label={t('sessions.stepperLabel')}
      >
        {SESSION_STATUSES.map((status, index) => {
          const reached = session.statusDates[status];
          return (
            <Stepper.Step
              key={status}
              label={t(`sessionStatus.${status}`)}
              description={
                reached && index <= current ? dayText(reached, i18n.language) : undefined
              }
              aria-label={t('sessions.setStatus', { status: t(`sessionStatus.${status}`) })}
              aria-current={index === current ? 'step' : undefined}
              loading={setStatus.isPending && setStatus.variables === status}
            />
          );
        })}
      </Stepper>
      <StatusDates engagementId={engagementId} session={session} />
    </Group>
  );
}

function StatusDates({ engagementId, session }: Props) {
  const { t } = useTranslation();
  return (
    <DatesPopover label={t('sessions.editDates')}>
      {(close) => <DatesForm engagementId={engagementId} session={session} onDone={close} />}
    </DatesPopover>
  );
}

function DatesForm({ engagementId, session, onDone }: Props & { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const cache = useCoreCache();
  const reached = SESSION_STATUSES.slice(0, SESSION_STATUSES.indexOf(session.status) + 1);
  const initial = Object.fromEntries(
    reached.map((s) => [s, session.statusDates[s] ?? '']),
  ) as Record<SessionStatus, string>;
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);
  const invalid = (status: SessionStatus) =>
    values[status] !== '' && !sessionStatusDateSchema.safeParse(values[status]).success;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reached.some(invalid)) return;
    setSaving(true);
    try {
      for (const status of reached) {
        if (values[status] === initial[status]) continue;
        const summary = await callCore('session:setStatusDate', {
          engagementId,
          id: session.id,
          status,
          date: values[status] === '' ? null : values[status],
        });
        cache.set('session:get', { engagementId, id: session.id }, (old) =>
          old ? { ...old, statusDates: summary.statusDates } : old,
        );
      }
      onDone();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('sessions.datesTitle')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('sessions.datesHint')}
        </Text>
        {reached.map((status) => (
          <TextInput
            key={status}
            type="date"
            size="xs"
            label={t(`sessionStatus.${status}`)}
            value={values[status]}
            description={
              values[status] && !invalid(status)
                ? dayText(values[status], i18n.language)
                : undefined
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((current) => ({ ...current, [status]: value }));
            }}
          />
        ))}
        <Group justify="flex-end" gap="xs" mt={4}>
          <Button variant="default" size="xs" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={saving}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
