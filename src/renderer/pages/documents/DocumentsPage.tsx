import { useRef, useState, type DragEvent } from 'react';
import { Button, EmptyState, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFiles, IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../api/documents-queries';
import classes from './documents.module.css';
import { DocumentTable } from './DocumentTable';
import { useDeleteDocument } from './use-delete-document';
import { useDocumentUpload } from './use-document-upload';
import { progressPercent } from './upload-progress';
import { formatBytes } from '../../components/format';

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function DocumentsPage({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const documents = useDocuments(engagementId);
  const upload = useDocumentUpload(engagementId);
  const confirmDelete = useDeleteDocument(engagementId);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const all = documents.data ?? [];
  const progress = upload.progress;

  const choose = () => {
    if (upload.native) void upload.pickNatively();
    else input.current?.click();
  };

  // The whole page takes a drop, so the consultant need not aim at a small target.
  const dropProps = {
    onDragOver: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (event: DragEvent) => {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      void upload.uploadFiles([...event.dataTransfer.files]);
    },
  };

  return (
    <Stack gap="lg" {...dropProps} mih="calc(100vh - 120px)">
      <Stack gap={4}>
        <Title order={2}>{t('documents.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('documents.intro')}
        </Text>
      </Stack>

      <div className={`${classes.dropzone} ${dragging ? classes.dragging : ''}`}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <IconFileUpload aria-hidden size={28} color="var(--mantine-color-dimmed)" />
            <Text size="sm" c="dimmed">
              {dragging ? t('documents.dropNow') : t('documents.dropHere')}
            </Text>
          </Group>
          <Button
            leftSection={<IconFiles aria-hidden size={18} />}
            onClick={choose}
            loading={progress !== null}
          >
            {t('documents.add')}
          </Button>
        </Group>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label={t('documents.add')}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared at once, so choosing the same file again still fires a change.
            event.currentTarget.value = '';
            void upload.uploadFiles(files);
          }}
        />
        {progress && (
          <Stack gap={4} mt="sm">
            <Text size="sm" aria-live="polite">
              {progress.reading !== null
                ? t('documents.reading', {
                    fileName: progress.reading,
                    number: progress.done + 1,
                    total: progress.fileCount,
                  })
                : progress.loadedBytes < progress.totalBytes
                  ? t('documents.uploadingBytes', {
                      loaded: formatBytes(progress.loadedBytes, t, i18n.language),
                      total: formatBytes(progress.totalBytes, t, i18n.language),
                    })
                  : t('documents.uploading', { done: progress.done, total: progress.fileCount })}
            </Text>
            <Progress
              value={progressPercent(progress)}
              aria-label={t('documents.uploadLabel')}
              animated
            />
          </Stack>
        )}
      </div>

      {documents.data && all.length > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('documents.count', { count: all.length })}
        </Text>
      )}
      {documents.isPending && <Loader aria-label={t('app.loading')} />}
      {documents.data && all.length === 0 && (
        <EmptyState
          withIndicatorBackground
          icon={<IconFiles aria-hidden />}
          title={t('documents.emptyTitle')}
          description={t('documents.emptyText')}
          py="xl"
        />
      )}
      {all.length > 0 && (
        <DocumentTable engagementId={engagementId} documents={all} onDelete={confirmDelete} />
      )}
    </Stack>
  );
}
