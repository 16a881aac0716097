import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERVIEW_STATUSES, type InterviewSummary } from '../../../shared/domain/interview';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { formatDate } from '../../components/format';

interface Props {
  engagementId: string;
  interview: InterviewSummary;
}

/** gepland → afgenomen → uitgewerkt → ter review → geaccordeerd; each step shows when it was reached. */
export function StatusStepper({ engagementId, interview }: Props) {
  const { t, i18n } = useTranslation();
  const cache = useCoreCache();
  const current = INTERVIEW_STATUSES.indexOf(interview.status);

  const setStatus = useCoreMutation('interview:setStatus', {
    // The list only: refetching this interview would reset the notes being typed.
    invalidates: ['interview:list'],
    onSuccess: (summary) =>
      cache.set('interview:get', { engagementId, id: interview.id }, (old) =>
        old ? { ...old, status: summary.status, statusDates: summary.statusDates } : old,
      ),
  });

  return (
    <Stepper
      // A reached status is done ("afgenomen" means the conversation took place), so every
      // step up to the current one shows as completed and the next one as the way ahead.
      active={current + 1}
      onStepClick={(index) => {
        const status = INTERVIEW_STATUSES[index];
        if (status && status !== interview.status)
          setStatus.mutate({ engagementId, id: interview.id, status });
      }}
      allowNextStepsSelect
      size="sm"
      wrap={false}
      styles={{ stepLabel: { whiteSpace: 'normal' }, stepBody: { minWidth: 0 } }}
      aria-label={t('interviews.stepperLabel')}
    >
      {INTERVIEW_STATUSES.map((status, index) => {
        const reached = interview.statusDates[status];
        return (
          <Stepper.Step
            key={status}
            label={t(`interviewStatus.${status}`)}
            description={
              reached && index <= current ? formatDate(reached, i18n.language) : undefined
            }
            aria-label={t('interviews.setStatus', { status: t(`interviewStatus.${status}`) })}
            aria-current={index === current ? 'step' : undefined}
            loading={setStatus.isPending && setStatus.variables?.status === status}
          />
        );
      })}
    </Stepper>
  );
}
