import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  IconEye,
  IconEyeOff,
  IconMinus,
  IconPlus,
  IconPresentation,
  IconRotate,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  TALLY_ANSWERS,
  type Session,
  type SessionPart,
  type TallyAnswer,
} from '../../../shared/domain/session';
import { callCore, useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { coreQueryKey } from '../../api/query-keys';
import { useOptimisticMutation } from '../../api/use-optimistic-mutation';
import { openRoomDisplay } from './room-window';
import { mapPart } from './session-cache';
import { ANSWER_COLOR, ANSWER_KEYS, tallyOf, tallyTotal, withTally } from './tally';

interface Props {
  engagementId: string;
  sessionId: string;
  statements: SessionPart[];
}

/** The facilitator's controls for the room display: count, reveal and reset per round. */
export function StatementsPanel({ engagementId, sessionId, statements }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="session-statements-title">
      <Group justify="space-between">
        <Title order={3} id="session-statements-title">
          {t('sessions.statements')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconPresentation aria-hidden size={18} />}
          onClick={() => openRoomDisplay(engagementId, sessionId)}
        >
          {t('sessions.openRoom')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" maw={760}>
        {statements.length === 0 ? t('sessions.statementsEmpty') : t('sessions.statementsIntro')}
      </Text>
      {statements.map((part, index) => (
        <Paper key={part.id} withBorder radius="md" p="md">
          <Text fw={600} mb="sm">
            {index + 1}. {part.title}
          </Text>
          <SimpleGrid cols={{ base: 1, md: Math.min(part.rounds, 3) }} spacing="md">
            {Array.from({ length: part.rounds }, (_, i) => i + 1).map((round) => (
              <TallyPad
                key={round}
                engagementId={engagementId}
                sessionId={sessionId}
                part={part}
                round={round}
              />
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}

function TallyPad(props: {
  engagementId: string;
  sessionId: string;
  part: SessionPart;
  round: number;
}) {
  const { engagementId, sessionId, part, round } = props;
  const { t } = useTranslation();
  const cache = useCoreCache();
  const sessionInput = { engagementId, id: sessionId };
  const queryKey = coreQueryKey('session:get', sessionInput);
  const tally = tallyOf(part, round);
  const putTally = (saved: typeof tally) =>
    cache.set('session:get', sessionInput, (old) =>
      old ? mapPart(old, part.id, (p) => withTally(p, saved)) : old,
    );

  const increment = useOptimisticMutation({
    queryKey,
    mutationFn: (change: { answer: TallyAnswer; delta: 1 | -1 }) =>
      callCore('session:tallyIncrement', { engagementId, partId: part.id, round, ...change }),
    apply: (old: Session, { answer, delta }) =>
      mapPart(old, part.id, (p) => {
        const current = tallyOf(p, round);
        return withTally(p, { ...current, [answer]: Math.max(0, current[answer] + delta) });
      }),
    onSuccess: putTally,
    invalidate: [],
  });
  const reveal = useCoreMutation('session:tallyReveal', { onSuccess: putTally });
  const reset = useCoreMutation('session:tallyReset', { onSuccess: putTally });

  const count = (answer: TallyAnswer, delta: 1 | -1) => {
    if (delta === -1 && tallyOf(part, round)[answer] === 0) return;
    increment.mutate({ answer, delta });
  };
  const confirmReset = () =>
    modals.openConfirmModal({
      title: t('sessions.resetTitle', { round }),
      children: <Text size="sm">{t('sessions.resetText')}</Text>,
      labels: { confirm: t('sessions.resetRound'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => reset.mutate({ engagementId, partId: part.id, round }),
    });

  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      tabIndex={0}
      role="group"
      aria-label={t('sessions.tallyPad', { title: part.title, round })}
      onKeyDown={(event) => {
        const answer = ANSWER_KEYS[event.key];
        if (!answer || event.target !== event.currentTarget) return;
        event.preventDefault();
        count(answer, 1);
      }}
      style={{ outlineOffset: 2 }}
    >
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={600}>
          {t('sessions.round', { round })}
        </Text>
        <Badge variant="light" color={tally.revealed ? 'teal' : 'gray'} tt="none">
          {tally.revealed ? t('sessions.revealed') : t('sessions.hidden')}
        </Badge>
      </Group>
      <Stack gap={6}>
        {TALLY_ANSWERS.map((answer, index) => (
          <Group key={answer} justify="space-between" wrap="nowrap">
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed" ff="monospace">
                {index + 1}
              </Text>
              <Text size="sm" c={ANSWER_COLOR[answer]} fw={600}>
                {t(`tallyAnswer.${answer}`)}
              </Text>
            </Group>
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="default"
                aria-label={t('sessions.minus', { answer: t(`tallyAnswer.${answer}`) })}
                disabled={tally[answer] === 0}
                onClick={() => count(answer, -1)}
              >
                <IconMinus aria-hidden size={16} />
              </ActionIcon>
              <Text fw={700} w={40} ta="center" data-testid={`tally-${part.id}-${round}-${answer}`}>
                {tally[answer]}
              </Text>
              <ActionIcon
                variant="light"
                aria-label={t('sessions.plus', { answer: t(`tallyAnswer.${answer}`) })}
                onClick={() => count(answer, 1)}
              >
                <IconPlus aria-hidden size={16} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
      <Group justify="space-between" mt="sm">
        <Text size="xs" c="dimmed">
          {t('sessions.total', { count: tallyTotal(tally) })}
        </Text>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            leftSection={<IconRotate aria-hidden size={14} />}
            onClick={confirmReset}
          >
            {t('sessions.resetRound')}
          </Button>
          <Button
            size="compact-sm"
            variant={tally.revealed ? 'default' : 'filled'}
            leftSection={
              tally.revealed ? (
                <IconEyeOff aria-hidden size={14} />
              ) : (
                <IconEye aria-hidden size={14} />
              )
            }
            loading={reveal.isPending}
            onClick={() =>
              reveal.mutate({ engagementId, partId: part.id, round, revealed: !tally.revealed })
            }
          >
            {tally.revealed ? t('sessions.hide') : t('sessions.reveal')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
