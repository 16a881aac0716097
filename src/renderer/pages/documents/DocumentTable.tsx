import { ActionIcon, Anchor, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconExternalLink, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SourceDocument } from '../../../shared/domain/document';
import { documentHref } from '../../app/router';
import { formatBytes, formatDate } from '../../components/format';
import { useOpenOriginal } from './use-open-original';

interface Props {
  engagementId: string;
  documents: SourceDocument[];
  onDelete: (document: SourceDocument) => void;
}

export function DocumentTable({ engagementId, documents, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const openOriginal = useOpenOriginal(engagementId);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('documents.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.docTitle')}</Table.Th>
            <Table.Th>{t('documents.type')}</Table.Th>
            <Table.Th>{t('documents.date')}</Table.Th>
            <Table.Th>{t('documents.author')}</Table.Th>
            <Table.Th ta="right">{t('documents.size')}</Table.Th>
            <Table.Th ta="right">{t('documents.passages')}</Table.Th>
            <Table.Th ta="right">{t('documents.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td maw={360}>
                <Anchor
                  href={documentHref(engagementId, d.id)}
                  fw={600}
                  aria-label={t('documents.openOne', { title: d.title })}
                >
                  {d.title}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  {d.fileName}
                </Text>
              </Table.Td>
              <Table.Td>{t(`documentTypes.${d.type}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {d.documentDate ? formatDate(d.documentDate, i18n.language) : '–'}
              </Table.Td>
              <Table.Td>{d.author || '–'}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(d.sizeBytes, t, i18n.language)}
              </Table.Td>
              <Table.Td ta="right">{d.passageCount}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label={t('documents.openOriginal')}>
                    <ActionIcon
                      variant="subtle"
                      onClick={() => openOriginal(d.id)}
                      aria-label={`${t('documents.openOriginal')}: ${d.title}`}
                    >
                      <IconExternalLink aria-hidden size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('actions.delete')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => onDelete(d)}
                      aria-label={`${t('documents.delete')}: ${d.title}`}
                    >
                      <IconTrash aria-hidden size={18} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
