import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Presentation } from '../../../shared/domain/adoption';
import {
  FEEDBACK_DISPOSITIONS,
  type FeedbackDisposition,
  type VisionFeedback,
} from '../../../shared/domain/vision';
import { useCoreMutation } from '../../api/core-hooks';
import { isKoersError } from '../../api/koers-error';
import { ADOPTION_CHANGED } from './adoption-queries';
import { submitOnCtrlEnter } from './use-save-shortcut';

export const DISPOSITION_COLOR: Record<FeedbackDisposition, string> = {
  open: 'yellow',
  verwerkt: 'teal',
  'niet-verwerkt': 'gray',
};

/** The core's own message: it says what to do ("Geef een reden …"). */
const messageOf = (error: Error, fallback: string): string =>
  isKoersError(error) ? error.message : fallback;

/** The feedback given at one presentation, each with its disposition, and a form to add more. */
export function PresentationFeedback({
  engagementId,
  presentation,
}: {
  engagementId: string;
  presentation: Presentation;
}) {
  const { t } = useTranslation();
  if (!presentation.versionId) {
    return (
      <Text size="sm" c="dimmed">
        {t('adoption.presentations.noFeedbackWithoutVersion')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {presentation.feedback.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('adoption.presentations.noFeedback')}
        </Text>
      )}
      {presentation.feedback.map((item) => (
        <FeedbackItem
          key={item.id}
          engagementId={engagementId}
          item={item}
          processedInLabel={presentation.processedInLabel}
        />
      ))}
      <AddFeedbackForm engagementId={engagementId} presentation={presentation} />
    </Stack>
  );
}

function FeedbackItem({
  engagementId,
  item,
  processedInLabel,
}: {
  engagementId: string;
  item: VisionFeedback;
  processedInLabel: string | null;
}) {
  const { t } = useTranslation();
  // What the user chose, until the core took it: "niet verwerkt" waits for its reason.
  const [disposition, setDisposition] = useState<FeedbackDisposition>(item.disposition);
  const [reason, setReason] = useState(item.reason);
  const [error, setError] = useState<string | null>(null);
  const update = useCoreMutation('visionFeedback:update', {
    invalidates: ADOPTION_CHANGED,
    onSuccess: () => setError(null),
    onError: (failure) => setError(messageOf(failure, t('errors.unexpected'))),
  });
  const save = (next: FeedbackDisposition, nextReason: string) =>
    update.mutate({
      engagementId,
      id: item.id,
      fields: { disposition: next, reason: next === 'niet-verwerkt' ? nextReason.trim() : '' },
    });
  const from = item.fromStakeholderName ?? item.fromText;

  return (
    <Paper withBorder p="xs" radius="sm" aria-label={item.text} component="article">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text size="sm">{item.text}</Text>
            {from && (
              <Text size="xs" c="dimmed">
                {t('adoption.feedback.from')}: {from}
              </Text>
            )}
          </Stack>
          {item.disposition === 'verwerkt' && (
            <Badge variant="light" color="teal" tt="none" style={{ flexShrink: 0 }}>
              {processedInLabel
                ? t('adoption.presentations.processedIn', { version: processedInLabel })
                : t('adoption.presentations.notYetProcessed')}
            </Badge>
          )}
        </Group>
        <SegmentedControl
          size="xs"
          aria-label={t('adoption.feedback.disposition')}
          value={disposition}
          onChange={(value) => {
            const next = value as FeedbackDisposition;
            setDisposition(next);
            // "Niet verwerkt" is sent at once: with a reason it is taken, without one the core
            // says what is missing and the reason field shows it.
            save(next, reason);
          }}
          data={FEEDBACK_DISPOSITIONS.map((d) => ({
            value: d,
            label: t(`adoption.dispositions.${d}`),
          }))}
          color={DISPOSITION_COLOR[disposition]}
          style={{ alignSelf: 'flex-start' }}
        />
        {disposition === 'niet-verwerkt' && (
          <Textarea
            label={t('adoption.feedback.reason')}
            placeholder={t('adoption.feedback.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            onBlur={() => {
              if (reason.trim() !== item.reason || item.disposition !== 'niet-verwerkt')
                save('niet-verwerkt', reason);
            }}
            error={error}
            autosize
            minRows={1}
            required
          />
        )}
        {disposition !== 'niet-verwerkt' && error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function AddFeedbackForm({
  engagementId,
  presentation,
}: {
  engagementId: string;
  presentation: Presentation;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [fromText, setFromText] = useState('');
  const [disposition, setDisposition] = useState<FeedbackDisposition>('open');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const add = useCoreMutation('presentation:addFeedback', {
    invalidates: ADOPTION_CHANGED,
    onSuccess: () => {
      setText('');
      setFromText('');
      setReason('');
      setDisposition('open');
      setSubmitted(false);
      setError(null);
    },
    onError: (failure) => setError(messageOf(failure, t('errors.unexpected'))),
  });
  const textError = text.trim() === '' ? t('adoption.required') : null;

  if (!open) {
    return (
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus aria-hidden size={14} />}
        onClick={() => setOpen(true)}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('adoption.feedback.add')}
      </Button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (textError) return;
    add.mutate({
      engagementId,
      presentationId: presentation.id,
      fields: {
        text: text.trim(),
        fromText: fromText.trim(),
        disposition,
        reason: disposition === 'niet-verwerkt' ? reason.trim() : '',
      },
    });
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      onKeyDown={submitOnCtrlEnter}
      noValidate
      aria-label={t('adoption.feedback.add')}
    >
      <Stack gap="xs">
        <Textarea
          label={t('adoption.feedback.text')}
          placeholder={t('adoption.feedback.textPlaceholder')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={submitted ? textError : null}
          autosize
          minRows={2}
          data-autofocus
          autoFocus
        />
        <TextInput
          label={t('adoption.feedback.from')}
          placeholder={t('adoption.feedback.fromPlaceholder')}
          value={fromText}
          onChange={(e) => setFromText(e.currentTarget.value)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('adoption.feedback.disposition')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={t('adoption.feedback.disposition')}
            value={disposition}
            onChange={(value) => setDisposition(value as FeedbackDisposition)}
            data={FEEDBACK_DISPOSITIONS.map((d) => ({
              value: d,
              label: t(`adoption.dispositions.${d}`),
            }))}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {disposition === 'niet-verwerkt' && (
          <Textarea
            label={t('adoption.feedback.reason')}
            placeholder={t('adoption.feedback.reasonPlaceholder')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={1}
            required
          />
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" size="xs" onClick={() => setOpen(false)}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={add.isPending}>
            {t('adoption.feedback.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
