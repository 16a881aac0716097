import { Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../api/app-queries';

/** Help › Over Koers: what an archivist or support desk asks first. */
export function AboutModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const rows: [string, string][] = info.data
    ? [
        [t('about.version'), info.data.version],
        [t('about.schemaVersion'), String(info.data.schemaVersion)],
        [t('about.workspaceDir'), info.data.workspaceDir],
        [t('about.dataDir'), info.data.dataDir],
      ]
    : [];
  return (
    <Modal opened={opened} onClose={onClose} title={t('about.title')} size="lg">
      <Stack>
        <Text>{t('app.tagline')}</Text>
        <Table>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={200}>{label}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
