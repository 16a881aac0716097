import { useEffect, useState } from 'react';
import { Anchor, Box, Center, Group, Image, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../shared/domain/engagement';
import {
  TALLY_ANSWERS,
  type SessionPart,
  type StatementTally,
} from '../../../shared/domain/session';
import { callCore, useCoreCache } from '../../api/core-hooks';
import { notifyError } from '../../api/notify';
import { useRoomSession } from '../../api/sessions-queries';
import { navigate, sessionHref } from '../../app/router';
import { localeOf } from '../../components/format';
import { logoSrc } from '../settings/logo';
import { mapPart } from './session-cache';
import { ANSWER_COLOR, tallyOf, tallyTotal, withTally } from './tally';

interface Props {
  engagementId: string;
  engagement: Engagement;
  sessionId: string;
}

/**
 * The room display: one statement at a time in the engagement's house style, in type readable
 * at the back of a council chamber. The counts stay off the screen (not merely invisible) until
 * revealed, against group-think. It reads the session every second, so what the facilitator
 * counts on the other screen appears here.
 */
export function RoomDisplay({ engagementId, engagement, sessionId }: Props) {
  const { t, i18n } = useTranslation();
  const cache = useCoreCache();
  const session = useRoomSession(engagementId, sessionId);
  const [index, setIndex] = useState(0);
  const statements = (session.data?.parts ?? []).filter((part) => part.kind === 'stelling');
  const current = statements[Math.min(index, statements.length - 1)];
  const { primaryColor, fontName, logo } = engagement.houseStyle;
  const font = `"${fontName.replace(/"/g, '')}", Calibri, Arial, sans-serif`;

  useEffect(() => {
    const countedRounds = (part: SessionPart) =>
      Array.from({ length: part.rounds }, (_, i) => tallyOf(part, i + 1)).filter(
        (tally) => tallyTotal(tally) > 0 || tally.revealed,
      );
    const toggleReveal = async (part: SessionPart) => {
      const rounds = countedRounds(part);
      const reveal = rounds.some((tally) => !tally.revealed);
      for (const tally of rounds) {
        const saved = await callCore('session:tallyReveal', {
          engagementId,
          partId: part.id,
          round: tally.round,
          revealed: reveal,
        });
        cache.set('session:get', { engagementId, id: sessionId }, (old) =>
          old ? mapPart(old, part.id, (p) => withTally(p, saved)) : old,
        );
      }
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const last = Math.max(0, statements.length - 1);
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          setIndex((i) => Math.min(last, i + 1));
          break;
        case 'ArrowLeft':
        case 'PageUp':
          setIndex((i) => Math.max(0, Math.min(last, i) - 1));
          break;
        case 'r':
        case 'R':
        case ' ':
          if (current) void toggleReveal(current).catch(notifyError);
          break;
        case 'Escape':
          navigate(sessionHref(engagementId, sessionId));
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cache, current, engagementId, sessionId, statements.length]);

  const number = new Intl.NumberFormat(localeOf(i18n.language));

  return (
    <Box
      component="main"
      aria-label={t('room.label')}
      mih="100vh"
      style={{ fontFamily: font, display: 'flex', flexDirection: 'column', background: '#fff' }}
    >
      <Group
        justify="space-between"
        px="3vw"
        py="1.5vh"
        style={{ background: primaryColor, color: '#fff' }}
        wrap="nowrap"
      >
        <Group gap="md" wrap="nowrap">
          {logo && (
            <Box bg="#fff" p={6} style={{ borderRadius: 6 }}>
              <Image src={logoSrc(logo)} alt="" h="5vh" w="auto" fit="contain" />
            </Box>
          )}
          <Text fz="2.4vh" fw={600} c="#fff" ff={font}>
            {session.data?.title ?? ''}
          </Text>
        </Group>
        {current && (
          <Text fz="2.4vh" c="#fff" ff={font}>
            {t('room.statementOf', {
              number: statements.indexOf(current) + 1,
              total: statements.length,
            })}
          </Text>
        )}
      </Group>

      {session.isPending && (
        <Center flex={1}>
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
      {session.data && !current && (
        <Center flex={1}>
          <Text fz="4vh" c="dimmed" ff={font}>
            {t('room.noStatements')}
          </Text>
        </Center>
      )}
      {current && (
        <Stack flex={1} px="5vw" py="4vh" gap="5vh" justify="center">
          <Text
            component="h1"
            m={0}
            ff={font}
            fw={700}
            lh={1.2}
            ta="center"
            style={{ fontSize: 'clamp(2rem, 5.2vw, 6rem)', color: '#111', textWrap: 'balance' }}
          >
            {current.title}
          </Text>
          <Results part={current} color={primaryColor} font={font} format={number.format} />
        </Stack>
      )}

      <Group justify="space-between" px="3vw" py="1vh" c="dimmed">
        <Text fz="1.6vh" c="dimmed" ff={font}>
          {t('room.keys')}
        </Text>
        <Anchor href={sessionHref(engagementId, sessionId)} fz="1.6vh" c="dimmed">
          {t('room.back')}
        </Anchor>
      </Group>
    </Box>
  );
}

function Results(props: {
  part: SessionPart;
  color: string;
  font: string;
  format: (n: number) => string;
}) {
  const { part, color, font, format } = props;
  const { t } = useTranslation();
  const revealed = Array.from({ length: part.rounds }, (_, i) => tallyOf(part, i + 1)).filter(
    (tally) => tally.revealed,
  );
  if (revealed.length === 0) {
    return (
      <Center>
        <Text
          fz="3.2vh"
          c={color}
          ff={font}
          px="2vw"
          py="1.5vh"
          style={{ border: `3px dashed ${color}`, borderRadius: 12 }}
        >
          {t('room.hiddenResult')}
        </Text>
      </Center>
    );
  }
  return (
    <Group justify="center" align="stretch" gap="4vw" wrap="nowrap">
      {revealed.map((tally) => (
        <RoundBars
          key={tally.round}
          wide={revealed.length === 1}
          tally={tally}
          showRound={part.rounds > 1}
          font={font}
          format={format}
        />
      ))}
    </Group>
  );
}

function RoundBars(props: {
  tally: StatementTally;
  /** The only round shown: it may take most of the width. */
  wide: boolean;
  showRound: boolean;
  font: string;
  format: (n: number) => string;
}) {
  const { tally, wide, showRound, font, format } = props;
  const { t } = useTranslation();
  const total = tallyTotal(tally);
  const most = Math.max(1, ...TALLY_ANSWERS.map((answer) => tally[answer]));
  return (
    <Stack
      gap="1.6vh"
      flex={1}
      maw={wide ? '70vw' : '44vw'}
      aria-label={t('sessions.round', { round: tally.round })}
      role="group"
    >
      {showRound && (
        <Text fz="3vh" fw={700} ff={font}>
          {t('sessions.round', { round: tally.round })}
          <Text span fz="2.4vh" c="dimmed" fw={400} ff={font}>
            {' '}
            · {t('room.votes', { count: total })}
          </Text>
        </Text>
      )}
      {TALLY_ANSWERS.map((answer) => {
        const share = total === 0 ? 0 : Math.round((tally[answer] / total) * 100);
        return (
          <Group key={answer} gap="1vw" wrap="nowrap">
            <Text fz="3vh" w="11vw" ff={font} fw={600}>
              {t(`tallyAnswer.${answer}`)}
            </Text>
            <Box flex={1} h="5vh" bg="#f1f3f5" style={{ borderRadius: 6, overflow: 'hidden' }}>
              <Box
                h="100%"
                w={`${(tally[answer] / most) * 100}%`}
                bg={ANSWER_COLOR[answer]}
                style={{ transition: 'width 400ms ease' }}
              />
            </Box>
            <Text fz="3vh" w="10vw" ta="right" ff={font} fw={700}>
              {format(tally[answer])}
              <Text span fz="2.2vh" c="dimmed" ff={font} fw={400}>
                {' '}
                ({share}%)
              </Text>
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}
