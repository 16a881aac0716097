import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCoreMutation, useCoreQuery } from '../../api/core-hooks';
import { useStakeholders } from '../../api/stakeholders-queries';
import { useUndoNotification } from '../../components/use-undo-notification';
import { partyName, useGuide, useParties } from './queries';

// Conflicting interests between two parties with how to bridge them, and the roles of the
// method (boegbeeld, eigenaar, ambassadeurs …) given to stakeholders.

export function ConflictsRolesTab({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack>
        <Title order={3} size="h4">
          {t('stakeholderTools.conflicts')}
        </Title>
        <Conflicts engagementId={engagementId} />
      </Stack>
      <Stack>
        <Title order={3} size="h4">
          {t('stakeholderTools.roles')}
        </Title>
        <Roles engagementId={engagementId} />
      </Stack>
    </SimpleGrid>
  );
}

function Conflicts({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const parties = useParties(engagementId);
  const conflicts = useCoreQuery('interestConflict:list', { engagementId });
  const notifyUndoable = useUndoNotification(engagementId);
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [bridge, setBridge] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const create = useCoreMutation('interestConflict:create', {
    invalidates: ['interestConflict:list'],
    onSuccess: () => {
      setDescription('');
      setBridge('');
      setSubmitted(false);
    },
  });
  const update = useCoreMutation('interestConflict:update', {
    invalidates: ['interestConflict:list'],
  });
  const remove = useCoreMutation('interestConflict:delete', {
    invalidates: ['interestConflict:list'],
  });
  if (!parties.data || !conflicts.data) return <Loader aria-label={t('app.loading')} />;
  const options = parties.data.map((p) => ({ value: p.id, label: p.name }));
  const same = a !== null && a === b;
  const errors = {
    a: a === null ? t('stakeholderTools.screen.required') : null,
    b:
      b === null
        ? t('stakeholderTools.screen.required')
        : same
          ? t('stakeholderTools.screen.samePartyTwice')
          : null,
    description: description.trim() === '' ? t('stakeholderTools.screen.required') : null,
  };
  const valid = Object.values(errors).every((e) => e === null);

  return (
    <Stack>
      {conflicts.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('stakeholderTools.screen.noConflicts')}
        </Text>
      )}
      {conflicts.data.map((c) => (
        <Paper key={c.id} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={600} size="sm">
              {partyName(parties.data, c.partyAId)} ↔ {partyName(parties.data, c.partyBId)}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('stakeholderTools.screen.deleteConflict')}
              onClick={() =>
                remove.mutate(
                  { engagementId, id: c.id },
                  {
                    onSuccess: (removed) =>
                      notifyUndoable(
                        t('stakeholderTools.screen.conflictDeleted'),
                        removed.undoToken,
                      ),
                  },
                )
              }
            >
              <IconTrash aria-hidden size={16} />
            </ActionIcon>
          </Group>
          <Text size="sm" mb="xs">
            {c.description}
          </Text>
          <Textarea
            label={t('stakeholderTools.fields.bridge')}
            defaultValue={c.bridge}
            onBlur={(e) => {
              const value = e.currentTarget.value;
              if (value !== c.bridge)
                update.mutate({ engagementId, id: c.id, fields: { bridge: value } });
            }}
            autosize
            minRows={2}
          />
        </Paper>
      ))}
      <Paper
        withBorder
        p="sm"
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (!valid || a === null || b === null) return;
          create.mutate({
            engagementId,
            fields: { partyAId: a, partyBId: b, description: description.trim(), bridge },
          });
        }}
      >
        <Stack gap="xs">
          <Title order={4} size="h6">
            {t('stakeholderTools.screen.addConflict')}
          </Title>
          <Group grow align="flex-start">
            <Select
              label={t('stakeholderTools.fields.partyA')}
              data={options}
              value={a}
              onChange={setA}
              error={submitted ? errors.a : null}
              searchable
            />
            <Select
              label={t('stakeholderTools.fields.partyB')}
              data={options}
              value={b}
              onChange={setB}
              error={submitted ? errors.b : null}
              searchable
            />
          </Group>
          <Textarea
            label={t('stakeholderTools.fields.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={submitted ? errors.description : null}
            autosize
            minRows={2}
          />
          <Textarea
            label={t('stakeholderTools.fields.bridge')}
            value={bridge}
            onChange={(e) => setBridge(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconPlus aria-hidden size={16} />}
              loading={create.isPending}
            >
              {t('stakeholderTools.screen.addConflict')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

function Roles({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const guide = useGuide(engagementId);
  const stakeholders = useStakeholders(engagementId);
  const roles = useCoreQuery('role:list', { engagementId });
  const notifyUndoable = useUndoNotification(engagementId);
  const [stakeholderId, setStakeholderId] = useState<string | null>(null);
  const [roleId, setRoleId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const assign = useCoreMutation('role:assign', {
    invalidates: ['role:list'],
    onSuccess: () => setNote(''),
  });
  const remove = useCoreMutation('role:remove', { invalidates: ['role:list'] });
  if (!guide.data || !stakeholders.data || !roles.data)
    return <Loader aria-label={t('app.loading')} />;
  const people = new Map(stakeholders.data.map((s) => [s.id, s.name || s.pseudonym]));
  const roleName = new Map(guide.data.roles.map((r) => [r.id, r.name]));

  return (
    <Stack>
      {roles.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('stakeholderTools.screen.noRoles')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={t('stakeholderTools.roles')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('stakeholderTools.fields.role')}</Table.Th>
              <Table.Th>{t('stakeholderTools.screen.stakeholder')}</Table.Th>
              <Table.Th>{t('stakeholderTools.fields.note')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...roles.data]
              .sort((x, y) =>
                (roleName.get(x.roleId) ?? '').localeCompare(roleName.get(y.roleId) ?? ''),
              )
              .map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td fw={500}>{roleName.get(r.roleId) ?? r.roleId}</Table.Td>
                  <Table.Td>{people.get(r.stakeholderId) ?? ''}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.note}</Text>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('stakeholderTools.screen.removeRole', {
                        role: roleName.get(r.roleId) ?? r.roleId,
                        name: people.get(r.stakeholderId) ?? '',
                      })}
                      onClick={() =>
                        remove.mutate(
                          { engagementId, id: r.id },
                          {
                            onSuccess: (removed) =>
                              notifyUndoable(
                                t('stakeholderTools.screen.roleRemoved'),
                                removed.undoToken,
                              ),
                          },
                        )
                      }
                    >
                      <IconTrash aria-hidden size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
      <Paper
        withBorder
        p="sm"
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!stakeholderId || !roleId) return;
          assign.mutate({ engagementId, stakeholderId, roleId, note });
        }}
      >
        <Stack gap="xs">
          <Title order={4} size="h6">
            {t('stakeholderTools.screen.assignRole')}
          </Title>
          <Group grow align="flex-start">
            <Select
              label={t('stakeholderTools.fields.role')}
              data={guide.data.roles.map((r) => ({ value: r.id, label: r.name }))}
              value={roleId}
              onChange={setRoleId}
            />
            <Select
              label={t('stakeholderTools.screen.stakeholder')}
              data={stakeholders.data.map((s) => ({ value: s.id, label: s.name || s.pseudonym }))}
              value={stakeholderId}
              onChange={setStakeholderId}
              searchable
            />
          </Group>
          <TextInput
            label={t('stakeholderTools.fields.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconPlus aria-hidden size={16} />}
              loading={assign.isPending}
              disabled={!stakeholderId || !roleId}
            >
              {t('stakeholderTools.screen.assignRole')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
