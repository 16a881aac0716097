import { Button, Loader, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo, useWorkspaceFiles } from '../api/app-queries';
import { formatBytes, formatDateTime } from '../components/format';

interface Props {
  opened: boolean;
  pendingFile: string | null;
  onClose: () => void;
  onOpen: (fileName: string) => void;
}

/** Browser mode's "Openen": the page may only name files inside the workspace folder. */
export function OpenFileModal({ opened, pendingFile, onClose, onOpen }: Props) {
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
