import { useState } from 'react';
import { Badge, Group, List, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  VISION_TEXT_FIELDS,
  type VisionDiff,
  type VisionPassageDiff,
  type WordDiffPart,
} from '../../../shared/domain/vision';
import { diffCounts } from './vision-view';
import classes from './vision.module.css';

const CHANGE_COLOR: Record<VisionPassageDiff['change'], string> = {
  added: 'teal',
  removed: 'red',
  changed: 'blue',
  unchanged: 'gray',
};

/** A text's word-level diff: added words in <ins>, removed ones in <del>. */
export function WordDiff({ parts }: { parts: WordDiffPart[] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" className={classes.diffText} component="div">
      {parts.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index} title={t('visionDiff.insertedText')}>
            {part.text}
          </ins>
        ) : part.change === 'removed' ? (
          <del key={index} title={t('visionDiff.deletedText')}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}

function PassageDiffCard({ diff }: { diff: VisionPassageDiff }) {
  const { t } = useTranslation();
  const otherFields = diff.changedFields.filter(
    (f) => !(VISION_TEXT_FIELDS as readonly string[]).includes(f) && f !== 'findings',
  );
  return (
    <Paper withBorder p="sm" radius="md" data-change={diff.change} component="article">
      <Stack gap={6}>
        <Group gap="xs">
          <Badge color={CHANGE_COLOR[diff.change]} variant="light">
            {t(`visionDiff.${diff.change}`)}
          </Badge>
          <Badge variant="outline" color="gray">
            {t(`visionKinds.${diff.kind}`)}
          </Badge>
          <Text fw={600} size="sm">
            {diff.title}
          </Text>
          {diff.moved && (
            <Text size="xs" c="dimmed">
              ({t('visionDiff.moved')})
            </Text>
          )}
        </Group>
        {otherFields.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('visionDiff.changedFields', {
              fields: otherFields.map((f) => t(`visionFields.${f}`)).join(', '),
            })}
          </Text>
        )}
        {VISION_TEXT_FIELDS.map((field) => {
          const parts = diff.textDiffs[field];
          if (!parts) return null;
          return (
            <Stack key={field} gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t(`visionFields.${field}`)}
              </Text>
              <WordDiff parts={parts} />
            </Stack>
          );
        })}
        {diff.findingsAdded.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" c="teal" fw={600}>
              {t('visionDiff.findingsAdded')}
            </Text>
            <List size="sm" spacing={2} className={classes.diffText}>
              {diff.findingsAdded.map((f) => (
                <List.Item key={f.id}>
                  <ins>{f.statement}</ins>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {diff.findingsRemoved.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" c="red" fw={600}>
              {t('visionDiff.findingsRemoved')}
            </Text>
            <List size="sm" spacing={2} className={classes.diffText}>
              {diff.findingsRemoved.map((f) => (
                <List.Item key={f.id}>
                  <del>{f.statement}</del>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** Two versions (or a version and the working copy) side by side, passage by passage. */
export function DiffView({ diff }: { diff: VisionDiff }) {
  const { t } = useTranslation();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const counts = diffCounts(diff.passages);
  const shown = diff.passages.filter((p) => showUnchanged || p.change !== 'unchanged');
  const nothing =
    counts.added + counts.changed + counts.removed === 0 &&
    diff.posterChanged.length === 0 &&
    !diff.passages.some((p) => p.moved);
  const toLabel = diff.to.label ?? t('visionVersions.workingCopy');
  return (
    <Stack gap="sm" data-testid="vision-diff">
      <Group justify="space-between">
        <Title order={4} size="h5">
          {diff.from.label} → {toLabel}
        </Title>
        <Switch
          size="sm"
          label={t('visionDiff.showUnchanged')}
          checked={showUnchanged}
          onChange={(e) => setShowUnchanged(e.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {nothing ? t('visionDiff.noChanges') : t('visionDiff.summary', counts)}
      </Text>
      {diff.posterChanged.length > 0 && (
        <Text size="sm">
          {t('visionDiff.posterChanged', {
            fields: diff.posterChanged
              .map((f) => (f === 'title' ? t('visionPoster.posterTitle') : t(`visionPoster.${f}`)))
              .join(', '),
          })}
        </Text>
      )}
      {shown.map((p) => (
        <PassageDiffCard key={p.passageId} diff={p} />
      ))}
    </Stack>
  );
}
