import {
  Divider,
  Paper,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CONFIDENCES,
  type Confidence,
  type MaturityDimension,
  type MaturityModel,
  type Respondent,
  type Score,
  type ScoreFields,
} from '../../../shared/domain/nulmeting';
import { DimensionTexts } from './DimensionTexts';
import { useDraft } from './use-draft';
import { formatLevel } from './level-input';
import classes from './nulmeting.module.css';

interface Props {
  model: MaturityModel;
  dimension: MaturityDimension;
  /** The focused cell's respondent; null before a cell had the focus. */
  respondent: Respondent | null;
  score: Score | null;
  onSave(fields: Partial<ScoreFields>): void;
}

/**
 * Beside the grid: the focused cell's evidence and confidence first (short, typed per cell),
 * then the dimension's levels, the cell's levels marked, and its questions.
 */
export function CellPanel({ model, dimension, respondent, score, onSave }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      className={classes.sidePanel}
      component="aside"
      aria-label={t('nulmeting.scores.panelLabel')}
    >
      {/* A new dimension starts at its top: keyed, so the scroll position goes with it. */}
      <ScrollArea.Autosize
        key={dimension.id}
        mah="calc(100vh - 160px)"
        type="auto"
        offsetScrollbars
      >
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h5">
              {dimension.name}
            </Title>
            <Text size="sm" c="dimmed">
              {dimension.description}
            </Text>
          </Stack>
          {respondent ? (
            <EvidenceFields
              key={`${respondent.id}/${dimension.id}`}
              title={t('nulmeting.scores.evidenceFor', {
                respondent: respondent.label,
                current: formatLevel(score?.current ?? null, i18n.language) || '–',
                desired: formatLevel(score?.desired ?? null, i18n.language) || '–',
              })}
              score={score}
              onSave={onSave}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('nulmeting.scores.focusHint')}
            </Text>
          )}
          <Divider />
          <DimensionTexts
            model={model}
            dimension={dimension}
            marked={[score?.current ?? null, score?.desired ?? null]}
          />
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}

function EvidenceFields({
  title,
  score,
  onSave,
}: {
  title: string;
  score: Score | null;
  onSave(fields: Partial<ScoreFields>): void;
}) {
  const { t } = useTranslation();
  const stored = score?.evidence ?? '';
  const evidenceDraft = useDraft(stored);
  const evidence = evidenceDraft.value;
  const confidence = score?.confidence ?? null;

  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <Textarea
        label={t('nulmeting.scores.evidence')}
        placeholder={t('nulmeting.scores.evidencePlaceholder')}
        value={evidence}
        onChange={(e) => evidenceDraft.edit(e.currentTarget.value)}
        onBlur={() => {
          evidenceDraft.settle();
          if (evidence !== stored) onSave({ evidence });
        }}
        autosize
        minRows={2}
        maxRows={6}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="confidence-label">
          {t('nulmeting.scores.confidence')}
        </Text>
        <SegmentedControl
          aria-labelledby="confidence-label"
          data={[
            { value: '', label: t('nulmeting.confidence.none') },
            ...CONFIDENCES.map((c) => ({ value: c, label: t(`nulmeting.confidence.${c}`) })),
          ]}
          value={confidence ?? ''}
          onChange={(value) => onSave({ confidence: value === '' ? null : (value as Confidence) })}
          size="xs"
          fullWidth
        />
      </Stack>
    </Stack>
  );
}
