import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaturityDimension, MaturityModel } from '../../../shared/domain/nulmeting';
import classes from './nulmeting.module.css';

interface Props {
  model: MaturityModel;
  dimension: MaturityDimension;
  /** Levels to mark (the focused cell's, or the agreed current and desired). */
  marked?: (number | null)[];
  withQuestions?: boolean;
}

/** A dimension's five level texts (with the model's level labels) and its questions. */
export function DimensionTexts({ model, dimension, marked = [], withQuestions = true }: Props) {
  const { t } = useTranslation();
  // A half step (2,5) marks both levels it lies between.
  const isMarked = (level: number) => marked.some((m) => m !== null && Math.abs(m - level) < 1);
  return (
    <Stack gap="xs">
      <List
        spacing={4}
        size="sm"
        listStyleType="none"
        aria-label={t('nulmeting.levelsOf', { dimension: dimension.name })}
      >
        {dimension.levels.map((text, index) => {
          const level = index + 1;
          const label = model.levels.find((l) => l.level === level)?.label ?? '';
          return (
            <List.Item
              key={level}
              className={classes.levelText}
              data-active={isMarked(level) || undefined}
              px={4}
            >
              <Text span fw={700} size="sm">
                {level} · {label}
              </Text>
              <Text span size="sm">
                {' '}
                — {text}
              </Text>
            </List.Item>
          );
        })}
      </List>
      {withQuestions && dimension.questions.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t('nulmeting.questions')}
          </Text>
          <List size="sm" spacing={2}>
            {dimension.questions.map((q) => (
              <List.Item key={q}>{q}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
