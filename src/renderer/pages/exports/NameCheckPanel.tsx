import { useState } from 'react';
import { Alert, Anchor, Loader, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-hooks';

/** Enough to review at a glance; the rest behind "show all". */
const FIRST_SHOWN = 12;

/**
 * Before documents without names leave Koers: the words in their texts that still look like
 * names (people the stakeholder list does not know, so no pseudonym replaces them).
 */
export function NameCheckPanel({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const check = useCoreQuery('export:nameCheck', { engagementId });
  const [showAll, setShowAll] = useState(false);

  if (check.isPending) return <Loader size="sm" aria-label={t('exports.nameCheck.checking')} />;
  if (check.isError) return null;
  const candidates = check.data;
  if (candidates.length === 0) {
    return (
      <Text size="sm" c="dimmed" component="p" m={0}>
        <IconCircleCheck aria-hidden size={16} style={{ verticalAlign: 'text-bottom' }} />{' '}
        {t('exports.nameCheck.none')}
      </Text>
    );
  }
  const shown = showAll ? candidates : candidates.slice(0, FIRST_SHOWN);
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconAlertTriangle aria-hidden size={20} />}
      title={t('exports.nameCheck.title')}
      component="section"
      aria-label={t('exports.nameCheck.title')}
    >
      <Text size="sm" mb="sm">
        {t('exports.nameCheck.text')}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exports.nameCheck.word')}</Table.Th>
            <Table.Th>{t('exports.nameCheck.where')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((candidate) => (
            <Table.Tr key={`${candidate.kind}:${candidate.where}:${candidate.text}`}>
              <Table.Td fw={600}>{candidate.text}</Table.Td>
              <Table.Td>
                {t(`exports.nameCheck.kinds.${candidate.kind}`)}: {candidate.where}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {candidates.length > FIRST_SHOWN && (
        <Anchor
          component="button"
          type="button"
          size="sm"
          mt="xs"
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('exports.nameCheck.showFewer')
            : t('exports.nameCheck.showAll', { count: candidates.length })}
        </Anchor>
      )}
    </Alert>
  );
}
