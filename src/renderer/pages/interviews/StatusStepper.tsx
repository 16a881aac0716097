import { Stepper } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  INTERVIEW_STATUSES,
  type Interview,
  type InterviewSummary,
} from '../../../shared/domain/interview';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { step1Keys } from '../../api/step1-queries';
import { useOptimisticMutation } from '../../api/use-optimistic-mutation';
import { formatDate } from '../../components/format';

interface Props {
  engagementId: string;
  interview: InterviewSummary;
}

/** gepland → afgenomen → uitgewerkt → ter review → geaccordeerd; each step shows when it was reached. */
export function StatusStepper({ engagementId, interview }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const current = INTERVIEW_STATUSES.indexOf(interview.status);

  const key = step1Keys.interview(engagementId, interview.id);
  // The step moves at once; the date it was reached comes with the core's answer.
  const setStatus = useOptimisticMutation({
    queryKey: key,
    mutationFn: (status: Interview['status']) =>
      call(api['interview:setStatus']({ engagementId, id: interview.id, status })),
    apply: (old: Interview, status) => ({ ...old, status }),
    onSuccess: (summary) =>
      queryClient.setQueryData<Interview>(key, (old) =>
        old ? { ...old, status: summary.status, statusDates: summary.statusDates } : old,
      ),
    // Not the interview itself: its editors keep what is being typed (see useInterview).
    invalidate: [{ queryKey: step1Keys.interviews(engagementId), exact: true }],
  });

  return (
    <Stepper
      // A reached status is done ("afgenomen" means the conversation took place), so every
      // step up to the current one shows as completed and the next one as the way ahead.
      active={current + 1}
      onStepClick={(index) => {
        const status = INTERVIEW_STATUSES[index];
        if (status && status !== interview.status) setStatus.mutate(status);
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
            loading={setStatus.isPending && setStatus.variables === status}
          />
        );
      })}
    </Stepper>
  );
}
