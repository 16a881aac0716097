import { Button, Group, Stack, Text } from '@mantine/core';
import { IconWand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type {
  AgreedScoreFields,
  AssessmentView,
  MaturityModel,
} from '../../../shared/domain/nulmeting';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { useFindings } from '../../api/findings-queries';
import { AgreedCard } from './AgreedCard';
import { NULMETING_CHANGED } from './nulmeting-queries';

interface Props {
  engagementId: string;
  model: MaturityModel;
  view: AssessmentView;
}

/**
 * The agreed score per dimension beside the spread of the individual scores, with its
 * rationale and the findings that support it; a proposal from the scores to start from.
 */
export function AgreedTab({ engagementId, model, view }: Props) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const findings = useFindings(engagementId);
  const assessmentId = view.assessment.id;
  const propose = useCoreMutation('agreed:proposeFromScores', {
    invalidates: NULMETING_CHANGED,
    onSuccess: (fresh) => {
      cache.set('assessment:get', { engagementId, id: assessmentId }, fresh);
      notifySuccess(t('nulmeting.agreed.proposed'));
    },
  });
  const setAgreed = useCoreMutation('agreed:set', { invalidates: NULMETING_CHANGED });
  const save = (dimensionId: string, fields: Partial<AgreedScoreFields>) =>
    setAgreed.mutate({ engagementId, assessmentId, dimensionId, fields });
  const statementOf = new Map((findings.data ?? []).map((f) => [f.id, f.statement]));
  const agreedCount = view.summary.filter((s) => s.current !== null && s.desired !== null).length;
  const scored = view.scores.some((s) => s.current !== null || s.desired !== null);
  // The proposal only fills dimensions not agreed yet: say why the button does nothing.
  const why = !scored
    ? t('nulmeting.agreed.proposeNoScores')
    : agreedCount === model.dimensions.length
      ? t('nulmeting.agreed.proposeAllAgreed')
      : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2} maw={680}>
          <Text size="sm" c="dimmed">
            {t('nulmeting.agreed.help')}
          </Text>
          <Text size="sm" fw={500} aria-live="polite">
            {t('nulmeting.agreed.count', { count: agreedCount, total: model.dimensions.length })}
          </Text>
        </Stack>
        <Button
          leftSection={<IconWand size={16} aria-hidden />}
          variant="light"
          onClick={() => propose.mutate({ engagementId, assessmentId })}
          loading={propose.isPending}
          disabled={why !== null}
          title={why ?? undefined}
        >
          {t('nulmeting.agreed.propose')}
        </Button>
      </Group>
      {model.dimensions.map((dimension) => (
        <AgreedCard
          key={dimension.id}
          engagementId={engagementId}
          model={model}
          dimension={dimension}
          summary={view.summary.find((s) => s.dimensionId === dimension.id) ?? null}
          agreed={view.agreed.find((a) => a.dimensionId === dimension.id) ?? null}
          statementOf={statementOf}
          onSave={(fields) => save(dimension.id, fields)}
        />
      ))}
    </Stack>
  );
}
