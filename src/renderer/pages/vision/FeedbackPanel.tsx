import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  FEEDBACK_DISPOSITIONS,
  type FeedbackDisposition,
  type VisionFeedback,
  type VisionFeedbackFields,
  type VisionVersion,
} from '../../../shared/domain/vision';
import { useCoreMutation } from '../../api/core-hooks';
import { isKoersError } from '../../api/koers-error';
import { notifySuccess } from '../../api/notify';
import { useUndoNotification } from '../../components/use-undo-notification';
import { VISION_READS } from './vision-queries';

export const DISPOSITION_COLOR: Record<FeedbackDisposition, string> = {
  open: 'orange',
  verwerkt: 'teal',
  'niet-verwerkt': 'gray',
};

type Draft = Pick<
  VisionFeedbackFields,
  'text' | 'fromText' | 'passageId' | 'disposition' | 'reason'
>;

const EMPTY: Draft = { text: '', fromText: '', passageId: null, disposition: 'open', reason: '' };

function FeedbackModal({
  engagementId,
  version,
  editing,
  onClose,
}: {
  engagementId: string;
  version: VisionVersion;
  editing: VisionFeedback | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() =>
    editing
      ? {
          text: editing.text,
          fromText: editing.fromText,
          passageId: editing.passageId,
          disposition: editing.disposition,
          reason: editing.reason,
        }
      : EMPTY,
  );
  const [error, setError] = useState('');
  const [tried, setTried] = useState(false);
  // The core's refusal (a reason is required …) is shown in the form, where it can be fixed.
  const onError = (failure: Error) =>
    setError(isKoersError(failure) ? failure.message : t('errors.unexpected'));
  const done = () => {
    notifySuccess(t('visionFeedback.saved'));
    onClose();
  };
  const create = useCoreMutation('visionFeedback:create', {
    invalidates: VISION_READS,
    onSuccess: done,
    onError,
  });
  const update = useCoreMutation('visionFeedback:update', {
    invalidates: VISION_READS,
    onSuccess: done,
    onError,
  });
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const textMissing = tried && draft.text.trim() === '';

  const submit = () => {
    setTried(true);
    setError('');
    if (draft.text.trim() === '') return;
    const fields = { ...draft, text: draft.text.trim() };
    if (editing) update.mutate({ engagementId, id: editing.id, fields });
    else create.mutate({ engagementId, versionId: version.id, fields });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={editing ? t('visionFeedback.editTitle') : t('visionFeedback.addTitle')}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Textarea
            data-autofocus
            label={t('visionFeedback.text')}
            value={draft.text}
            onChange={(e) => set('text', e.currentTarget.value)}
            autosize
            minRows={3}
            required
            error={textMissing ? t('visionFeedback.textRequired') : null}
          />
          <Group grow>
            <TextInput
              label={t('visionFeedback.from')}
              placeholder={t('visionFeedback.fromPlaceholder')}
              value={draft.fromText}
              onChange={(e) => set('fromText', e.currentTarget.value)}
              maxLength={300}
            />
            <Select
              label={t('visionFeedback.passage')}
              placeholder={t('visionFeedback.wholeVersion')}
              data={version.content.passages.map((p) => ({
                value: p.id,
                label: `${t(`visionKinds.${p.kind}`)}: ${p.title}`,
              }))}
              value={draft.passageId}
              onChange={(value) => set('passageId', value)}
              clearable
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="feedback-disposition-label">
              {t('visionFeedback.disposition')}
            </Text>
            <SegmentedControl
              aria-labelledby="feedback-disposition-label"
              data={FEEDBACK_DISPOSITIONS.map((d) => ({
                value: d,
                label: t(`visionFeedback.dispositions.${d}`),
              }))}
              value={draft.disposition}
              onChange={(value) => set('disposition', value as FeedbackDisposition)}
            />
          </Stack>
          {draft.disposition === 'niet-verwerkt' && (
            <Textarea
              label={t('visionFeedback.reason')}
              description={t('visionFeedback.reasonHint')}
              value={draft.reason}
              onChange={(e) => set('reason', e.currentTarget.value)}
              autosize
              minRows={2}
            />
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The feedback on one frozen version, with how each was handled. */
export function FeedbackPanel({
  engagementId,
  version,
}: {
  engagementId: string;
  version: VisionVersion;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<VisionFeedback | 'new' | null>(null);
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('visionFeedback:delete', { invalidates: VISION_READS });
  const passageTitle = (id: string | null) =>
    id === null
      ? t('visionFeedback.wholeVersion')
      : (version.content.passages.find((p) => p.id === id)?.title ?? '');

  const confirmDelete = (feedback: VisionFeedback) =>
    modals.openConfirmModal({
      title: t('visionFeedback.deleteTitle'),
      children: <Text size="sm">{t('visionFeedback.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: feedback.id },
          {
            onSuccess: (removed) => notifyUndoable(t('visionFeedback.deleted'), removed.undoToken),
          },
        ),
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="vision-feedback-title">
      <Group justify="space-between">
        <Title order={4} size="h5" id="vision-feedback-title">
          {t('visionFeedback.title', { label: version.label })}
        </Title>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          {t('visionFeedback.add')}
        </Button>
      </Group>
      {version.feedback.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('visionFeedback.empty')}
        </Text>
      )}
      {version.feedback.map((f) => (
        <Paper key={f.id} withBorder p="sm" radius="md" data-testid="feedback-item">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                <Badge color={DISPOSITION_COLOR[f.disposition]} variant="light">
                  {t(`visionFeedback.dispositions.${f.disposition}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {[f.fromStakeholderName ?? f.fromText, passageTitle(f.passageId)]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {f.text}
              </Text>
              {f.disposition === 'niet-verwerkt' && f.reason && (
                <Text size="xs" c="dimmed">
                  {t('visionFeedback.reason')} {f.reason}
                </Text>
              )}
            </Stack>
            <Group gap={4} wrap="nowrap">
              <ActionIcon
                variant="subtle"
                aria-label={t('visionFeedback.editTitle')}
                onClick={() => setEditing(f)}
              >
                <IconEdit size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('visionFeedback.deleteLabel')}
                onClick={() => confirmDelete(f)}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
        </Paper>
      ))}
      {editing !== null && (
        <FeedbackModal
          engagementId={engagementId}
          version={version}
          editing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
