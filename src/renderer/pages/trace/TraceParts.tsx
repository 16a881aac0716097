import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingTrace } from '../../../shared/domain/adoption';
import { quoted } from '../../../shared/text/quote';
import { traceFindingHref } from '../../app/router';
import classes from './trace.module.css';

// The blocks both trace pages are made of: a titled block, the arrow between two, and a
// finding with its quote and source.

export function TraceBlock({
  label,
  children,
  labelId,
}: {
  label: string;
  children: ReactNode;
  labelId: string;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={labelId}>
      <Stack gap="xs">
        <Title order={3} size="h6" c="dimmed" tt="uppercase" id={labelId}>
          {label}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export const TraceArrow = () => (
  <div className={classes.link} aria-hidden>
    <IconArrowDown size={20} />
  </div>
);

/** A finding as the trace shows it: statement, quote, source and themes. */
export function TraceFinding({
  engagementId,
  finding,
  linked,
}: {
  engagementId: string;
  finding: FindingTrace['finding'];
  /** The statement links to the finding's own trace. */
  linked: boolean;
}) {
  const { t } = useTranslation();
  const quote = quoted(finding.quote);
  return (
    <Stack gap={6} data-finding-id={finding.id}>
      {linked ? (
        <Anchor href={traceFindingHref(engagementId, finding.id)} fw={600} size="sm">
          {finding.statement}
        </Anchor>
      ) : (
        <Text fw={600}>{finding.statement}</Text>
      )}
      {quote !== '' ? (
        <Text size="sm" className={classes.quote}>
          {quote}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          {t('trace.noQuote')}
        </Text>
      )}
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {t('trace.source')}: {finding.sourceLabel}
        </Text>
        {finding.themes.map((theme) => (
          <Badge key={theme} size="xs" variant="outline" tt="none">
            {theme}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}

export { classes as traceClasses };
