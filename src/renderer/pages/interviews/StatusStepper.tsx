import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  INTERVIEW_STATUSES,
  type Interview,
  type InterviewSummary,
} from '../../../shared/domain/interview';
import { callCore, useCoreCache } from '../../api/core-hooks';
import { coreQueryKey } from '../../api/query-keys';
import { useOptimisticMutation } from '../../api/use-optimistic-mutation';
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

  const input = { engagementId, id: interview.id };
  // The step moves at once; the date it was reached comes with the core's answer.
  const setStatus = useOptimisticMutation({
    queryKey: coreQueryKey('interview:get', input),
    mutationFn: (status: Interview['status']) =>
      callCore('interview:setStatus', { ...input, status }),
    apply: (old: Interview, status) => ({ ...old, status }),
    onSuccess: (summary) =>
      cache.set('interview:get', input, (old) =>
        old ? { ...old, status: summary.status, statusDates: summary.statusDates } : old,
      ),
    // Not the interview itself: its editors keep what is being typed (see useInterview).
    invalidate: [{ queryKey: coreQueryKey('interview:list', { engagementId }), exact: true }],
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
