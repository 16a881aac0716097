import { Stepper } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  INTERVIEW_STATUSES,
  type Interview,
  type InterviewSummary,
} from '../../../shared/domain/interview';
import { api } from '../../api/client';
import { call } from '../../api/koers-error';
import { notifyError } from '../../api/notify';
import { step1Keys } from '../../api/step1-queries';
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

  const setStatus = useMutation({
    mutationFn: (status: Interview['status']) =>
      call(api['interview:setStatus']({ engagementId, id: interview.id, status })),
    onSuccess: (summary) => {
      queryClient.setQueryData<Interview>(step1Keys.interview(engagementId, interview.id), (old) =>
        old ? { ...old, status: summary.status, statusDates: summary.statusDates } : old,
      );
      void queryClient.invalidateQueries({
        queryKey: step1Keys.interviews(engagementId),
        exact: true,
      });
    },
    onError: notifyError,
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
