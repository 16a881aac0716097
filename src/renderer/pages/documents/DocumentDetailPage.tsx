import { useState } from 'react';
import {
  Anchor,
  Button,
  Center,
  EmptyState,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowLeft, IconExternalLink, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Passage } from '../../../shared/domain/document';
import type { FindingSourceInput } from '../../../shared/domain/finding';
import { useCoreMutation } from '../../api/core-hooks';
import { isKoersError } from '../../api/koers-error';
import { useDocument } from '../../api/documents-queries';
import { engagementPath } from '../../app/router';
import { formatBytes } from '../../components/format';
import { FindingFormModal } from '../findings/FindingFormModal';
import { DocumentFieldsForm } from './DocumentFieldsForm';
import { DocumentTextView } from './DocumentTextView';
import { PassageFormModal } from './PassageFormModal';
import { PassageList } from './PassageList';
import { useDeleteDocument } from './use-delete-document';
import { useOpenOriginal } from './use-open-original';
import { useUndoNotification } from '../../components/use-undo-notification';

interface Props {
  engagementId: string;
  documentId: string;
  /** The page to show first (a search hit on that page). */
  page?: number;
}

type Editing = { passage: Passage | null } | null;

export function DocumentDetailPage({ engagementId, documentId, page }: Props) {
  const { t, i18n } = useTranslation();
  const document = useDocument(engagementId, documentId);
  const openOriginal = useOpenOriginal(engagementId);
  const confirmDelete = useDeleteDocument(engagementId, { backToList: true });
  const [editing, setEditing] = useState<Editing>(null);
  const [finding, setFinding] = useState<{ source: FindingSourceInput; quote: string } | null>(
    null,
  );

  const notifyUndoable = useUndoNotification(engagementId);
  const removePassage = useCoreMutation('passage:delete', {
    invalidates: ['engagement'],
    onSuccess: (removed) => notifyUndoable(t('passages.deleted'), removed.undoToken),
  });
  const confirmRemovePassage = (passage: Passage) =>
    modals.openConfirmModal({
      title: t('passages.deleteTitle'),
      children: <Text size="sm">{t('passages.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => removePassage.mutate({ engagementId, id: passage.id }),
    });

  const listHref = engagementPath(engagementId, 'documents');
  if (document.isPending) return <Loader aria-label={t('app.loading')} />;
  if (document.isError) {
    return (
      <Center py="xl">
        <EmptyState
          withIndicatorBackground
          title={t('documents.notFoundTitle')}
          description={
            isKoersError(document.error) && document.error.code !== 'NOT_FOUND'
              ? document.error.message
              : undefined
          }
        >
          <EmptyState.Actions>
            <Button component="a" href={listHref}>
              {t('documents.back')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </Center>
    );
  }
  const data = document.data;

  return (
    <Stack gap="lg" maw={980}>
      <Anchor href={listHref} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft aria-hidden size={16} />
          {t('documents.back')}
        </Group>
      </Anchor>

      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Title order={2}>{data.title}</Title>
          <Text size="sm" c="dimmed" truncate>
            {data.fileName} · {formatBytes(data.sizeBytes, t, i18n.language)}
          </Text>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconExternalLink aria-hidden size={18} />}
            onClick={() => openOriginal(data.id)}
          >
            {t('documents.openOriginal')}
          </Button>
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash aria-hidden size={18} />}
            onClick={() => confirmDelete(data)}
          >
            {t('documents.delete')}
          </Button>
        </Group>
      </Group>

      <Paper withBorder p="md" radius="md" component="section" aria-label={t('documents.details')}>
        <DocumentFieldsForm engagementId={engagementId} document={data} />
      </Paper>

      <DocumentTextView
        engagementId={engagementId}
        documentId={documentId}
        page={page}
        onMakeFinding={(passage, quote) =>
          setFinding({ source: { type: 'passage', passageId: passage.id }, quote })
        }
      />

      <Stack gap="sm" component="section" aria-labelledby="passages-title">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Title order={2} size="h3" id="passages-title">
              {t('passages.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('passages.intro')}
            </Text>
          </Stack>
          <Button
            leftSection={<IconPlus aria-hidden size={16} />}
            onClick={() => setEditing({ passage: null })}
          >
            {t('passages.add')}
          </Button>
        </Group>
        <PassageList
          passages={data.passages}
          onEdit={(passage) => setEditing({ passage })}
          onDelete={confirmRemovePassage}
          onMakeFinding={(passage, quote) =>
            setFinding({ source: { type: 'passage', passageId: passage.id }, quote })
          }
        />
      </Stack>

      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {t('documents.sha')}: <span style={{ fontFamily: 'monospace' }}>{data.sha256}</span>
      </Text>

      <PassageFormModal
        engagementId={engagementId}
        documentId={documentId}
        opened={editing !== null}
        passage={editing?.passage ?? null}
        onClose={() => setEditing(null)}
      />
      <FindingFormModal
        engagementId={engagementId}
        opened={finding !== null}
        onClose={() => setFinding(null)}
        {...(finding && { initial: finding })}
      />
    </Stack>
  );
}
