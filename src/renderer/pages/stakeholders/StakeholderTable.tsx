import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Consent, Stakeholder } from '../../../shared/domain/stakeholder';

interface Props {
  stakeholders: Stakeholder[];
  onEdit: (stakeholder: Stakeholder) => void;
  onDelete: (stakeholder: Stakeholder) => void;
}

const CONSENT_COLOR: Record<Consent, string> = {
  onbekend: 'gray',
  gegeven: 'teal',
  geweigerd: 'red',
};

export function StakeholderTable({ stakeholders, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="xs" aria-label={t('stakeholders.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stakeholders.pseudonym')}</Table.Th>
            <Table.Th>{t('stakeholders.name')}</Table.Th>
            <Table.Th>{t('stakeholders.jobTitle')}</Table.Th>
            <Table.Th>{t('stakeholders.department')}</Table.Th>
            <Table.Th>{t('stakeholders.group')}</Table.Th>
            <Table.Th>{t('stakeholders.consent')}</Table.Th>
            <Table.Th ta="right">{t('stakeholders.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stakeholders.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text ff="monospace" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {s.pseudonym}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {s.name}
                </Text>
              </Table.Td>
              <Table.Td>{s.jobTitle}</Table.Td>
              <Table.Td>{s.department}</Table.Td>
              <Table.Td>{t(`groups.${s.group}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={CONSENT_COLOR[s.consent]} tt="none">
                  {t(`consent.${s.consent}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label={t('actions.edit')}>
                    <ActionIcon
                      variant="subtle"
                      onClick={() => onEdit(s)}
                      aria-label={t('stakeholders.editOne', { name: s.name })}
                    >
                      <IconPencil aria-hidden size={18} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('actions.delete')}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => onDelete(s)}
                      aria-label={t('stakeholders.deleteOne', { name: s.name })}
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
