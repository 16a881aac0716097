import { useState, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  Badge,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SessionPart, SessionPartFields } from '../../../shared/domain/session';
import { callCore, useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { useUndoNotification } from '../../components/use-undo-notification';
import { SaveIndicator } from '../interviews/SaveIndicator';
import { RoundInputs } from './RoundInputs';
import { ExampleAttachment } from './ExampleAttachment';
import { useAutosave } from './use-autosave';

interface Props {
  engagementId: string;
  sessionId: string;
  part: SessionPart;
  index: number;
  count: number;
}

type TextFields = Pick<SessionPartFields, 'title' | 'body' | 'host' | 'municipality' | 'appeal'> & {
  minutes: number | null;
  year: number | null;
};

const KIND_COLOR: Record<SessionPart['kind'], string> = {
  tafel: 'teal',
  opgave: 'grape',
  voorbeeld: 'orange',
  stelling: 'blue',
  agendapunt: 'gray',
};

/** One part of the agenda: its fields (saved while typing) and what it collected per round. */
export function PartBlock({ engagementId, sessionId, part, index, count }: Props) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const notifyUndoable = useUndoNotification(engagementId);
  const sessionInput = { engagementId, id: sessionId };
  const [fields, setFields] = useState<TextFields>(() => ({
    title: part.title,
    body: part.body,
    host: part.host,
    minutes: part.minutes,
    municipality: part.municipality,
    year: part.year,
    appeal: part.appeal,
  }));
  const autosave = useAutosave<TextFields>(async (content) => {
    const { title, ...rest } = content;
    const session = await callCore('session:updatePart', {
      engagementId,
      partId: part.id,
      fields: { ...rest, ...(title.trim() !== '' && { title: title.trim() }) },
    });
    cache.set('session:get', sessionInput, session);
  });
  const set = <K extends keyof TextFields>(key: K, value: TextFields[K]) => {
    const next = { ...fields, [key]: value };
    setFields(next);
    autosave.saver.change(next);
  };
  const flush = () => void autosave.saver.flush();

  const setRounds = useCoreMutation('session:updatePart', {
    onSuccess: (session) => cache.set('session:get', sessionInput, session),
  });
  const move = useCoreMutation('session:movePart', {
    onSuccess: (session) => cache.set('session:get', sessionInput, session),
  });
  const remove = useCoreMutation('session:deletePart', {
    invalidates: ['session:list', 'finding:list'],
    onSuccess: (removed) => {
      cache.set('session:get', sessionInput, (old) =>
        old ? { ...old, parts: old.parts.filter((p) => p.id !== part.id) } : old,
      );
      notifyUndoable(t('sessions.partDeleted', { title: part.title }), removed.undoToken);
    },
  });

  const moveBy = (delta: -1 | 1) => {
    const position = index + delta;
    if (position < 0 || position >= count) return;
    move.mutate({ engagementId, partId: part.id, position });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') moveBy(-1);
    else if (event.key === 'ArrowDown') moveBy(1);
    else return;
    event.preventDefault();
  };

  const kindName = t(`partKind.${part.kind}`);
  const label = t('sessions.partLabel', { kind: kindName, title: part.title });
  const collects = part.kind !== 'agendapunt' || part.inputs.length > 0;
  const rounds = Array.from({ length: part.rounds }, (_, i) => i + 1);

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={label}
      onKeyDown={onKeyDown}
      id={`part-${part.id}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap" flex={1} align="flex-start">
            <Text fw={700} c="dimmed" mt={6} miw={24}>
              {index + 1}.
            </Text>
            <Badge color={KIND_COLOR[part.kind]} variant="light" tt="none" mt={8}>
              {kindName}
            </Badge>
            <Textarea
              flex={1}
              variant="unstyled"
              size="md"
              autosize
              minRows={1}
              aria-label={
                part.kind === 'stelling' ? t('sessions.statementText') : t('sessions.partTitle')
              }
              value={fields.title}
              onChange={(e) => set('title', e.currentTarget.value.replace(/\s*\n\s*/g, ' '))}
              onBlur={flush}
              maxLength={500}
              styles={{ input: { fontWeight: 600, fontSize: 'var(--mantine-font-size-md)' } }}
              onKeyDown={(e) => {
                // A title is one line: Enter saves it.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  flush();
                }
              }}
            />
          </Group>
          <Group gap={4} wrap="nowrap">
            <SaveIndicator
              state={autosave.state}
              errorMessage={autosave.error}
              onRetry={flush}
              idleText=""
            />
            <Tooltip label={t('sessions.moveHint')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('sessions.moveUp', { title: part.title })}
                disabled={index === 0}
                onClick={() => moveBy(-1)}
              >
                <IconArrowUp aria-hidden size={18} />
              </ActionIcon>
            </Tooltip>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('sessions.moveDown', { title: part.title })}
              disabled={index === count - 1}
              onClick={() => moveBy(1)}
            >
              <IconArrowDown aria-hidden size={18} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('sessions.deletePart', { title: part.title })}
              onClick={() => remove.mutate({ engagementId, partId: part.id })}
            >
              <IconTrash aria-hidden size={18} />
            </ActionIcon>
          </Group>
        </Group>

        <Group gap="sm" align="flex-start" wrap="wrap">
          {part.kind !== 'agendapunt' && part.kind !== 'stelling' && (
            <TextInput
              w={200}
              size="xs"
              label={part.kind === 'tafel' ? t('sessions.host') : t('sessions.presenter')}
              value={fields.host}
              onChange={(e) => set('host', e.currentTarget.value)}
              onBlur={flush}
              maxLength={200}
            />
          )}
          {part.kind === 'agendapunt' && (
            <NumberInput
              w={100}
              size="xs"
              label={t('sessions.minutes')}
              value={fields.minutes ?? ''}
              onChange={(value) => set('minutes', typeof value === 'number' ? value : null)}
              onBlur={flush}
              min={1}
              max={480}
              allowDecimal={false}
            />
          )}
          {part.kind === 'voorbeeld' && (
            <>
              <TextInput
                w={200}
                size="xs"
                label={t('sessions.municipality')}
                value={fields.municipality}
                onChange={(e) => set('municipality', e.currentTarget.value)}
                onBlur={flush}
                maxLength={200}
              />
              <NumberInput
                w={100}
                size="xs"
                label={t('sessions.year')}
                value={fields.year ?? ''}
                onChange={(value) => set('year', typeof value === 'number' ? value : null)}
                onBlur={flush}
                min={1900}
                max={2100}
                allowDecimal={false}
              />
            </>
          )}
          {collects && part.kind !== 'voorbeeld' && (
            <NumberInput
              w={100}
              size="xs"
              label={t('sessions.rounds')}
              value={part.rounds}
              onChange={(value) => {
                if (typeof value === 'number' && value >= 1 && value <= 9 && value !== part.rounds)
                  setRounds.mutate({ engagementId, partId: part.id, fields: { rounds: value } });
              }}
              min={1}
              max={9}
              allowDecimal={false}
            />
          )}
          <Textarea
            flex={1}
            miw={260}
            size="xs"
            label={t('sessions.partBody')}
            value={fields.body}
            onChange={(e) => set('body', e.currentTarget.value)}
            onBlur={flush}
            autosize
            minRows={1}
          />
        </Group>
        {part.kind === 'voorbeeld' && (
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Textarea
              flex={1}
              miw={260}
              size="xs"
              label={t('sessions.appeal')}
              value={fields.appeal}
              onChange={(e) => set('appeal', e.currentTarget.value)}
              onBlur={flush}
              autosize
              minRows={1}
            />
            <ExampleAttachment
              engagementId={engagementId}
              documentId={part.documentId}
              onChange={(documentId) =>
                setRounds.mutate({ engagementId, partId: part.id, fields: { documentId } })
              }
            />
          </Group>
        )}

        {collects && (
          <SimpleGrid
            cols={{ base: 1, md: Math.min(part.rounds, 3) }}
            spacing="md"
            role="group"
            aria-label={t('sessions.roundsLabel', { title: part.title })}
          >
            {rounds.map((round) => (
              <RoundInputs
                key={round}
                engagementId={engagementId}
                sessionId={sessionId}
                part={part}
                round={round}
                showRound={part.rounds > 1}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
