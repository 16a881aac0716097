import { useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  PARTY_KINDS,
  type Party,
  type PartyFields,
  type PartyKind,
} from '../../../shared/domain/stakeholder-tools';
import { useCoreMutation } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { useStakeholders } from '../../api/stakeholders-queries';
import { useUndoNotification } from '../../components/use-undo-notification';
import { useParties } from './queries';

type Editing = { mode: 'create' } | { mode: 'edit'; party: Party } | null;

export function PartiesTab({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const parties = useParties(engagementId);
  const stakeholders = useStakeholders(engagementId);
  const [editing, setEditing] = useState<Editing>(null);
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('party:delete', { invalidates: ['engagement'] });

  const confirmDelete = (party: Party) =>
    modals.openConfirmModal({
      title: t('stakeholderTools.screen.deletePartyTitle', { name: party.name }),
      children: <Text size="sm">{t('stakeholderTools.screen.deletePartyText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: party.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(
                t('stakeholderTools.screen.partyDeleted', { name: party.name }),
                removed.undoToken,
              ),
          },
        ),
    });

  const people = new Map((stakeholders.data ?? []).map((s) => [s.id, s]));

  return (
    <Stack>
      <Group justify="flex-end">
        <Button
          leftSection={<IconPlus aria-hidden size={18} />}
          onClick={() => setEditing({ mode: 'create' })}
        >
          {t('stakeholderTools.screen.addParty')}
        </Button>
      </Group>
      {parties.isPending && <Loader aria-label={t('app.loading')} />}
      {parties.data && (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={t('stakeholderTools.parties')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('stakeholderTools.fields.name')}</Table.Th>
                <Table.Th>{t('stakeholderTools.fields.kind')}</Table.Th>
                <Table.Th>{t('stakeholderTools.fields.interests')}</Table.Th>
                <Table.Th>{t('stakeholderTools.fields.values')}</Table.Th>
                <Table.Th>{t('stakeholderTools.fields.waysOfWorking')}</Table.Th>
                <Table.Th>{t('stakeholderTools.fields.stakeholders')}</Table.Th>
                <Table.Th ta="right">{t('stakeholderTools.screen.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {parties.data.map((party) => (
                <Table.Tr key={party.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={500}>{party.name}</Text>
                      {party.fixed && (
                        <Tooltip label={t('stakeholderTools.fixedParty')} multiline w={260}>
                          <Badge size="xs" variant="light" tt="none">
                            {t('stakeholderTools.screen.fixedBadge')}
                          </Badge>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`stakeholderTools.partyKinds.${party.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {party.interests}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {party.values}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {party.waysOfWorking}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {party.stakeholderIds
                        .map((id) => people.get(id))
                        .filter((s) => s !== undefined)
                        .map((s) => s.name || s.pseudonym)
                        .join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label={t('actions.edit')}>
                        <ActionIcon
                          variant="subtle"
                          onClick={() => setEditing({ mode: 'edit', party })}
                          aria-label={t('stakeholderTools.screen.editParty', { name: party.name })}
                        >
                          <IconPencil aria-hidden size={18} />
                        </ActionIcon>
                      </Tooltip>
                      {!party.fixed && (
                        <Tooltip label={t('actions.delete')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            onClick={() => confirmDelete(party)}
                            aria-label={t('stakeholderTools.screen.deleteParty', {
                              name: party.name,
                            })}
                          >
                            <IconTrash aria-hidden size={18} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.mode === 'edit'
            ? t('stakeholderTools.screen.editPartyTitle')
            : t('stakeholderTools.screen.addPartyTitle')
        }
        size="lg"
      >
        {editing && (
          <PartyForm
            engagementId={engagementId}
            party={editing.mode === 'edit' ? editing.party : null}
            stakeholderOptions={(stakeholders.data ?? []).map((s) => ({
              value: s.id,
              label: s.name ? `${s.name} (${s.pseudonym})` : s.pseudonym,
            }))}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

const emptyParty: PartyFields = {
  name: '',
  kind: 'organisation',
  interests: '',
  values: '',
  waysOfWorking: '',
  cultureNotes: '',
  stakeholderIds: [],
};

function PartyForm(props: {
  engagementId: string;
  party: Party | null;
  stakeholderOptions: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { engagementId, party, onClose } = props;
  const { t } = useTranslation();
  const [fields, setFields] = useState<PartyFields>(() =>
    party
      ? {
          name: party.name,
          kind: party.kind,
          interests: party.interests,
          values: party.values,
          waysOfWorking: party.waysOfWorking,
          cultureNotes: party.cultureNotes,
          stakeholderIds: party.stakeholderIds,
        }
      : emptyParty,
  );
  const [submitted, setSubmitted] = useState(false);
  const set = <K extends keyof PartyFields>(key: K, value: PartyFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const onSuccess = (saved: Party) => {
    notifySuccess(
      t(party ? 'stakeholderTools.screen.partyUpdated' : 'stakeholderTools.screen.partyCreated', {
        name: saved.name,
      }),
    );
    onClose();
  };
  const create = useCoreMutation('party:create', { invalidates: ['engagement'], onSuccess });
  const update = useCoreMutation('party:update', { invalidates: ['engagement'], onSuccess });
  const nameError = fields.name.trim() === '' ? t('stakeholderTools.screen.required') : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (nameError) return;
    const clean = { ...fields, name: fields.name.trim() };
    if (party) update.mutate({ engagementId, id: party.id, fields: clean });
    else create.mutate({ engagementId, fields: clean });
  };
  // The municipality and the inhabitants keep their kind.
  const kinds: readonly PartyKind[] = party?.fixed
    ? [party.kind]
    : PARTY_KINDS.filter((k) => k === 'organisation' || k === 'group');

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('stakeholderTools.fields.name')}
            value={fields.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={submitted ? nameError : null}
            required
            data-autofocus
          />
          <Select
            label={t('stakeholderTools.fields.kind')}
            data={kinds.map((k) => ({ value: k, label: t(`stakeholderTools.partyKinds.${k}`) }))}
            value={fields.kind}
            onChange={(value) => value && set('kind', value as PartyKind)}
            allowDeselect={false}
            disabled={Boolean(party?.fixed)}
          />
        </SimpleGrid>
        {(['interests', 'values', 'waysOfWorking', 'cultureNotes'] as const).map((key) => (
          <Textarea
            key={key}
            label={t(`stakeholderTools.fields.${key}`)}
            value={fields[key]}
            onChange={(e) => set(key, e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
          />
        ))}
        <MultiSelect
          label={t('stakeholderTools.fields.stakeholders')}
          placeholder={t('stakeholderTools.screen.stakeholdersPlaceholder')}
          data={props.stakeholderOptions}
          value={fields.stakeholderIds}
          onChange={(value) => set('stakeholderIds', value)}
          searchable
          clearable
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
