import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconBulb, IconMinus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Session, SessionInput, SessionPart } from '../../../shared/domain/session';
import { callCore, useCoreCache, useCoreMutation } from '../../api/core-hooks';
import { coreQueryKey } from '../../api/query-keys';
import { useOptimisticMutation } from '../../api/use-optimistic-mutation';
import { engagementPath, navigate } from '../../app/router';
import { useUndoNotification } from '../../components/use-undo-notification';
import { requestFindingsFocus } from '../findings/findings-focus';
import { mapInput, mapPart, topFive, withoutInput } from './session-cache';
import { useAutosave } from './use-autosave';

interface Props {
  engagementId: string;
  sessionId: string;
  part: SessionPart;
  round: number;
  showRound: boolean;
}

/** What one part collected in one round: typed live, dot-voted, turned into findings. */
export function RoundInputs({ engagementId, sessionId, part, round, showRound }: Props) {
  const { t } = useTranslation();
  const cache = useCoreCache();
  const [draft, setDraft] = useState('');
  const inputs = part.inputs.filter((input) => input.round === round);
  const top = topFive(inputs);

  const add = useCoreMutation('session:addInput', {
    invalidates: ['session:list'],
    onSuccess: (input) =>
      cache.set('session:get', { engagementId, id: sessionId }, (old) =>
        old ? mapPart(old, part.id, (p) => ({ ...p, inputs: [...p.inputs, input] })) : old,
      ),
  });
  const submit = () => {
    const text = draft.trim();
    if (text === '') return;
    setDraft('');
    add.mutate(
      { engagementId, partId: part.id, round, text },
      // Given back when the core refused, so nothing typed is lost.
      { onError: () => setDraft((current) => (current === '' ? text : current)) },
    );
  };

  return (
    <Stack gap={6}>
      {showRound && (
        <Text size="sm" fw={600}>
          {t('sessions.round', { round })}
        </Text>
      )}
      {inputs.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('sessions.inputsEmpty')}
        </Text>
      )}
      {inputs.map((input, index) => (
        <InputRow
          key={input.id}
          engagementId={engagementId}
          sessionId={sessionId}
          part={part}
          input={input}
          number={index + 1}
        />
      ))}
      <TextInput
        size="sm"
        placeholder={t('sessions.inputPlaceholder')}
        aria-label={t('sessions.inputNew', { title: part.title, round })}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
        maxLength={20_000}
      />
      {top.length > 0 && (
        <Paper bg="var(--mantine-color-yellow-0)" p="xs" radius="sm">
          <Text size="xs" fw={700} mb={4}>
            {t('sessions.top5')}
          </Text>
          <List type="ordered" size="sm" spacing={2}>
            {top.map((input) => (
              <List.Item key={input.id}>
                {input.text}{' '}
                <Text span size="xs" c="dimmed">
                  ({t('sessions.votes', { count: input.votes })})
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}

function InputRow(props: {
  engagementId: string;
  sessionId: string;
  part: SessionPart;
  input: SessionInput;
  number: number;
}) {
  const { engagementId, sessionId, part, input, number } = props;
  const { t } = useTranslation();
  const cache = useCoreCache();
  const notifyUndoable = useUndoNotification(engagementId);
  const sessionInput = { engagementId, id: sessionId };
  const queryKey = coreQueryKey('session:get', sessionInput);
  // Read once: what is typed here stays while the cache is refreshed around it.
  const [text, setText] = useState(input.text);
  const autosave = useAutosave<string>((content) =>
    callCore('session:saveInput', { engagementId, inputId: input.id, text: content }),
  );
  const shown = text.trim() === '' ? '…' : text.trim().slice(0, 80);

  const vote = useOptimisticMutation({
    queryKey,
    mutationFn: (delta: 1 | -1) =>
      callCore('session:voteInput', { engagementId, inputId: input.id, delta }),
    apply: (old: Session, delta) =>
      mapInput(old, input.id, (i) => ({ ...i, votes: Math.max(0, i.votes + delta) })),
    onSuccess: (saved) =>
      cache.set('session:get', sessionInput, (old) =>
        old ? mapInput(old, input.id, (i) => ({ ...i, votes: saved.votes })) : old,
      ),
    invalidate: [],
  });

  const remove = useCoreMutation('session:deleteInput', {
    invalidates: ['session:list', 'finding:list'],
    onSuccess: (removed) => {
      cache.set('session:get', sessionInput, (old) => (old ? withoutInput(old, input.id) : old));
      notifyUndoable(t('sessions.inputDeleted'), removed.undoToken);
    },
  });

  const toFinding = useCoreMutation('session:inputToFinding', {
    invalidates: ['finding:list', 'session:list', 'engagement:overview'],
    onSuccess: (finding) => {
      cache.set('session:get', sessionInput, (old) =>
        old
          ? mapInput(old, input.id, (i) => ({ ...i, findingIds: [...i.findingIds, finding.id] }))
          : old,
      );
      const id = `finding-${finding.id}`;
      notifications.show({
        id,
        color: 'teal',
        title: t('notify.done'),
        autoClose: 10_000,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('sessions.findingMade', { statement: finding.statement })}</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                openFinding(finding.id);
              }}
            >
              {t('sessions.openFinding')}
            </Button>
          </Group>
        ),
      });
    },
  });
  const openFinding = (findingId: string) => {
    requestFindingsFocus({ findingId });
    navigate(engagementPath(engagementId, 'findings'));
  };
  const confirmFinding = () =>
    modals.openConfirmModal({
      title: t('sessions.findingTitle'),
      children: (
        <Stack gap="xs">
          <Text size="sm" fs="italic">
            {text.trim()}
          </Text>
          <Text size="sm">{t('sessions.findingText')}</Text>
        </Stack>
      ),
      labels: { confirm: t('sessions.findingConfirm'), cancel: t('actions.cancel') },
      onConfirm: () =>
        // What was typed last is saved before it becomes the finding's text.
        void autosave.saver
          .flush()
          .then(() => toFinding.mutate({ engagementId, inputId: input.id })),
    });

  return (
    <Paper withBorder radius="sm" px="xs" py={4}>
      <Group gap={4} wrap="nowrap" align="flex-start">
        <Textarea
          flex={1}
          variant="unstyled"
          size="sm"
          autosize
          minRows={1}
          aria-label={t('sessions.inputEdit', { number, title: part.title, round: input.round })}
          value={text}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            autosave.saver.change(value);
          }}
          onBlur={() => void autosave.saver.flush()}
          maxLength={20_000}
          error={autosave.state === 'failed' ? autosave.error || true : undefined}
        />
        <Group gap={2} wrap="nowrap" mt={4}>
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            aria-label={t('sessions.voteDown', { text: shown })}
            disabled={input.votes === 0}
            onClick={() => vote.mutate(-1)}
          >
            <IconMinus aria-hidden size={14} />
          </ActionIcon>
          <Badge
            size="sm"
            variant={input.votes > 0 ? 'filled' : 'outline'}
            color="yellow.7"
            miw={28}
            aria-label={t('sessions.votes', { count: input.votes })}
          >
            {input.votes}
          </Badge>
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            aria-label={t('sessions.voteUp', { text: shown })}
            onClick={() => vote.mutate(1)}
          >
            <IconPlus aria-hidden size={14} />
          </ActionIcon>
          {input.findingIds.length > 0 ? (
            <Tooltip label={t('sessions.openFinding')}>
              <ActionIcon
                size="sm"
                variant="light"
                color="teal"
                aria-label={t('sessions.openFinding')}
                onClick={() => openFinding(input.findingIds[0]!)}
              >
                <IconBulb aria-hidden size={14} />
              </ActionIcon>
            </Tooltip>
          ) : (
            <Tooltip label={t('sessions.makeFinding')}>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="teal"
                aria-label={t('sessions.makeFindingOf', { text: shown })}
                disabled={text.trim() === ''}
                loading={toFinding.isPending}
                onClick={confirmFinding}
              >
                <IconBulb aria-hidden size={14} />
              </ActionIcon>
            </Tooltip>
          )}
          <ActionIcon
            size="sm"
            variant="subtle"
            color="red"
            aria-label={t('sessions.inputDelete', { text: shown })}
            onClick={() => {
              autosave.dispose();
              remove.mutate({ engagementId, inputId: input.id });
            }}
          >
            <IconTrash aria-hidden size={14} />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}
