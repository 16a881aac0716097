import { Anchor, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/domain/finding';
import type { InterviewQuestion } from '../../../shared/domain/interview';
import type { Theme } from '../../../shared/domain/overview';
import { quoted } from '../../../shared/text/quote';
import { engagementPath, interviewHref, navigate } from '../../app/router';
import { KindBadge } from '../findings/KindBadge';
import { ThemeChip } from '../findings/ThemeChip';
import { requestFindingsFocus } from '../findings/findings-focus';

interface Props {
  engagementId: string;
  interviewId: string;
  /** The findings made from this interview, in the order of the questions. */
  findings: Finding[];
  questions: InterviewQuestion[];
  themes: Theme[];
}

/** The findings made from this interview: what each says, its kind and themes, where it came from. */
export function InterviewFindings(props: Props) {
  const { engagementId, interviewId, findings, questions, themes } = props;
  const { t } = useTranslation();
  const numberOf = new Map(questions.map((q, index) => [q.id, index + 1]));

  const open = (finding: Finding) => {
    requestFindingsFocus({ findingId: finding.id });
    navigate(engagementPath(engagementId, 'findings'));
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="interview-findings-title">
      <Title order={2} size="h3" id="interview-findings-title">
        {t('interviews.findingsHere.title', { count: findings.length })}
      </Title>
      {findings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('interviews.findingsHere.empty')}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('interviews.findingsHere.hint')}
        </Text>
      )}
      {findings.map((finding) => {
        const number = finding.source.questionId
          ? numberOf.get(finding.source.questionId)
          : undefined;
        const quote = quoted(finding.quote);
        const findingThemes = finding.themeIds
          .map((id) => themes.find((theme) => theme.id === id))
          .filter((theme): theme is Theme => theme !== undefined);
        return (
          <Paper key={finding.id} withBorder radius="md" p="sm" component="article">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <UnstyledButton
                onClick={() => open(finding)}
                aria-label={t('interviews.findingsHere.open', { statement: finding.statement })}
              >
                <Text fw={600} size="sm" c="var(--mantine-color-anchor)">
                  {finding.statement}
                </Text>
              </UnstyledButton>
              <KindBadge kind={finding.kind} />
            </Group>
            {quote !== '' && (
              <Text size="sm" c="dimmed" fs="italic" mt={4} lineClamp={3}>
                {quote}
              </Text>
            )}
            <Group justify="space-between" align="center" mt={6} gap="xs">
              <Group gap={6}>
                {findingThemes.map((theme) => (
                  <ThemeChip key={theme.id} theme={theme} />
                ))}
              </Group>
              {number !== undefined && (
                <Anchor
                  href={interviewHref(engagementId, interviewId, finding.source.questionId)}
                  size="xs"
                >
                  {t('interviews.questionNumber', { number })}
                </Anchor>
              )}
              {finding.source.questionId === null && (
                <Text size="xs" c="dimmed">
                  {t('interviews.freeNotes')}
                </Text>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
