import { Alert, Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { VisionCheck, VisionPassage } from '../../../shared/domain/vision';
import { checkPassageId } from './vision-view';
import classes from './vision.module.css';

/** A check in plain Dutch (or English): what is wrong and, for a word, what to write instead. */
export function checkText(check: VisionCheck, t: TFunction, titleOf: (id: string) => string) {
  switch (check.code) {
    case 'passage-unsupported':
      return t('visionChecks.unsupported', { title: titleOf(check.passageId) });
    case 'theme-uncovered':
      return t('visionChecks.themeUncovered', {
        theme: check.themeName,
        count: check.findingCount,
      });
    case 'finding-unaddressed':
      return check.reason === 'must-have'
        ? t('visionChecks.findingUnaddressedMust', { statement: check.statement })
        : t('visionChecks.findingUnaddressedHigh', { statement: check.statement });
    case 'jargon':
      return t('visionChecks.jargon', {
        found: check.found,
        title: titleOf(check.passageId),
        preferred: check.preferred,
        explanation: check.explanation,
      });
  }
}

interface Props {
  checks: VisionCheck[];
  passages: VisionPassage[];
  onGoTo: (passageId: string) => void;
}

/** The vision's checks beside the passages; one about a passage jumps to it. */
export function ChecksPanel({ checks, passages, onGoTo }: Props) {
  const { t } = useTranslation();
  const titleOf = (id: string) => {
    const p = passages.find((x) => x.id === id);
    return p ? p.title || t(`visionKinds.${p.kind}`) : '';
  };
  return (
    <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="vision-checks-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5" id="vision-checks-title">
            {t('visionChecks.title')}
          </Title>
          {checks.length > 0 && (
            <Badge color="orange" variant="light">
              {t('visionChecks.count', { count: checks.length })}
            </Badge>
          )}
        </Group>
        {checks.length === 0 ? (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />} p="xs">
            <Text size="sm">{t('visionChecks.allGood')}</Text>
          </Alert>
        ) : (
          <Stack gap={6} component="ul" className={classes.checkList}>
            {checks.map((check, index) => {
              const passageId = checkPassageId(check);
              const text = checkText(check, t, titleOf);
              const body = (
                <Group gap={8} wrap="nowrap" align="flex-start">
                  <IconAlertTriangle
                    size={16}
                    aria-hidden
                    color="var(--mantine-color-orange-6)"
                    style={{ flexShrink: 0, marginTop: 2 }}
                  />
                  <Text size="sm">{text}</Text>
                </Group>
              );
              return (
                <li key={`${check.code}-${index}`} data-check={check.code}>
                  {passageId ? (
                    <UnstyledButton
                      className={classes.checkButton}
                      onClick={() => onGoTo(passageId)}
                      title={t('visionChecks.goTo')}
                    >
                      {body}
                    </UnstyledButton>
                  ) : (
                    <div className={classes.checkItem}>{body}</div>
                  )}
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
