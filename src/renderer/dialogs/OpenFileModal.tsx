import {
  Button,
  FileButton,
  Group,
  Loader,
  Modal,
  Progress,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo, useWorkspaceFiles } from '../api/app-queries';
import { formatBytes, formatDateTime } from '../components/format';

interface Props {
  opened: boolean;
  pendingFile: string | null;
  /** A file from elsewhere being read in: its name and how far (0–1). */
  upload: { fileName: string; fraction: number } | null;
  onClose: () => void;
  onOpen: (fileName: string) => void;
  onOpenElsewhere: (file: File) => void;
}

/**
 * Browser mode's "Openen": the files in the workspace folder, and a file from anywhere else,
 * which the page uploads and the core opens as a copy in the workspace.
 */
export function OpenFileModal({
  opened,
  pendingFile,
  upload,
  onClose,
  onOpen,
  onOpenElsewhere,
}: Props) {
  const { t, i18n } = useTranslation();
  const files = useWorkspaceFiles(opened);
  const info = useAppInfo();

  return (
    <Modal opened={opened} onClose={onClose} title={t('openFile.title')} size="xl">
      <Stack>
        {info.data && (
          <Text size="sm" c="dimmed">
            {t('openFile.description', { folder: info.data.workspaceDir })}
          </Text>
        )}
        <Group>
          <FileButton onChange={(file) => file && onOpenElsewhere(file)} accept=".koers">
            {(props) => (
              <Button variant="light" loading={upload !== null} {...props}>
                {t('openFile.elsewhere')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">
          {t('openFile.elsewhereHint')}
        </Text>
        {upload && (
          <Stack gap={4}>
            <Text size="sm">
              {t('openFile.uploading', {
                fileName: upload.fileName,
                percent: Math.round(upload.fraction * 100),
              })}
            </Text>
            <Progress value={upload.fraction * 100} aria-label={t('openFile.uploadLabel')} />
          </Stack>
        )}
        {files.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
        {files.data?.length === 0 && <Text>{t('openFile.empty')}</Text>}
        {files.data && files.data.length > 0 && (
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('openFile.fileName')}</Table.Th>
                <Table.Th>{t('openFile.size')}</Table.Th>
                <Table.Th>{t('openFile.modified')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('stakeholders.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {files.data.map((file) => (
                <Table.Tr key={file.fileName}>
                  <Table.Td>{file.fileName}</Table.Td>
                  <Table.Td>{formatBytes(file.sizeBytes, t, i18n.language)}</Table.Td>
                  <Table.Td>{formatDateTime(file.modifiedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      onClick={() => onOpen(file.fileName)}
                      loading={pendingFile === file.fileName}
                      aria-label={t('openFile.open', { fileName: file.fileName })}
                    >
                      {t('actions.reopen')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}
