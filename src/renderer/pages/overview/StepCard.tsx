import { Badge, Card, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemState, StepOverview } from '../../../shared/domain/overview';
import { useInstantValue } from '../../components/use-instant-value';
import type { StepNumber } from './progress-numbers';
import { ProgressNumberList } from './ProgressNumberList';

interface Props {
  step: StepOverview;
  onToggle: (itemId: string, done: boolean) => void;
  /** What exists in this step and what is open (progress:get); none while it loads. */
  numbers?: StepNumber[];
}

export function StepCard({ step, onToggle, numbers = [] }: Props) {
  const { t } = useTranslation();
  const percent = step.totalCount === 0 ? 0 : Math.round((step.doneCount / step.totalCount) * 100);
  const headingId = `step-${step.id}-title`;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Badge variant="light" mb={4}>
              {t('overview.step', { number: step.number })}
            </Badge>
            <Title order={3} size="h4" id={headingId}>
              {step.title}
            </Title>
          </div>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('overview.progress', { done: step.doneCount, total: step.totalCount })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {step.summary}
        </Text>
        {numbers.length > 0 && (
          <ProgressNumberList
            numbers={numbers}
            label={t('progress.numbersLabel', { title: step.title })}
          />
        )}
        <Progress
          value={percent}
          color={percent === 100 ? 'teal' : 'indigo'}
          aria-label={t('overview.progressLabel', { title: step.title })}
        />
        <Stack gap="xs" role="group" aria-label={t('overview.checklist', { title: step.title })}>
          {step.items.map((item) => (
            <ChecklistBox key={item.id} item={item} onToggle={onToggle} />
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

function ChecklistBox({
  item,
  onToggle,
}: {
  item: ChecklistItemState;
  onToggle: Props['onToggle'];
}) {
  const done = useInstantValue(item.done);
  return (
    <Checkbox
      checked={done.value}
      onChange={(event) => {
        done.show(event.currentTarget.checked);
        onToggle(item.id, event.currentTarget.checked);
      }}
      label={item.label}
      description={item.hint ?? undefined}
    />
  );
}
