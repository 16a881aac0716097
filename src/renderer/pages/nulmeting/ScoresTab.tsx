import { useState } from 'react';
import { EmptyState, Grid, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AssessmentView, MaturityModel, ScoreFields } from '../../../shared/domain/nulmeting';
import { useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { CellPanel } from './CellPanel';
import { RespondentsPanel } from './RespondentsPanel';
import { ScoreGrid, type FocusedCell } from './ScoreGrid';
import { withScore } from './score-cache';

interface Props {
  engagementId: string;
  model: MaturityModel;
  view: AssessmentView;
}

/** The respondents and the workshop grid, with the focused dimension's texts beside it. */
export function ScoresTab({ engagementId, model, view }: Props) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const viewInput = { engagementId, id: view.assessment.id };
  const [focused, setFocused] = useState<FocusedCell | null>(null);
  // The core's summary (spread, group means) follows each saved cell.
  const setScore = useCoreMutation('score:set', { invalidates: ['assessment:get'] });

  const save = (respondentId: string, dimensionId: string, fields: Partial<ScoreFields>) => {
    cache.set('assessment:get', viewInput, (old) =>
      old ? withScore(old, respondentId, dimensionId, fields) : old,
    );
    setScore.mutate(
      { engagementId, respondentId, dimensionId, fields },
      // Refused: the optimistic change goes, what the core holds comes back.
      { onError: () => void cache.invalidate(['assessment:get'], { engagementId }) },
    );
  };

  // More than four respondents need the full width for the grid; the panel goes below it.
  const wide = view.respondents.length > 4;
  const respondent = view.respondents.find((r) => r.id === focused?.respondentId) ?? null;
  const dimension =
    model.dimensions.find((d) => d.id === focused?.dimensionId) ?? model.dimensions[0]!;
  const score =
    view.scores.find((s) => s.respondentId === respondent?.id && s.dimensionId === dimension.id) ??
    null;

  return (
    <Stack gap="md">
      <RespondentsPanel
        engagementId={engagementId}
        assessmentId={view.assessment.id}
        respondents={view.respondents}
      />
      {view.respondents.length === 0 ? (
        <EmptyState
          withIndicatorBackground
          icon={<IconUsers aria-hidden />}
          title={t('nulmeting.scores.emptyTitle')}
          description={t('nulmeting.scores.emptyText')}
          py="xl"
        />
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: wide ? 12 : 8 }}>
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('nulmeting.scores.help')}
              </Text>
              <ScoreGrid
                model={model}
                view={view}
                focused={focused}
                onFocusCell={setFocused}
                onSave={save}
                saving={setScore.isPending}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: wide ? 12 : 4 }}>
            <CellPanel
              model={model}
              dimension={dimension}
              respondent={respondent}
              score={score}
              onSave={(fields) => respondent && save(respondent.id, dimension.id, fields)}
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
