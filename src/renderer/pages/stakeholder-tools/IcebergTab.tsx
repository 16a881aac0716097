import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Box,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { icebergChart } from '../../../shared/charts';
import type {
  Iceberg,
  IcebergItem,
  StakeholderToolsGuide,
} from '../../../shared/domain/stakeholder-tools';
import { useCoreMutation, useCoreQuery } from '../../api/core-hooks';
import { useUndoNotification } from '../../components/use-undo-notification';
import { ChartSvg } from './ChartSvg';
import { useGuide } from './queries';

// The ijsbergmodel: a list of knelpunten; per knelpunt the method's four layers with their
// items (each may point to a finding), and the chart the exports show.

type FindingOption = { value: string; label: string };

export function IcebergTab({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const guide = useGuide(engagementId);
  const icebergs = useCoreQuery('iceberg:list', { engagementId });
  const findings = useCoreQuery('finding:list', { engagementId });
  const [chosen, setChosen] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ iceberg: Iceberg | null } | null>(null);
  const notifyUndoable = useUndoNotification(engagementId);
  const remove = useCoreMutation('iceberg:delete', { invalidates: ['iceberg:list'] });

  if (!guide.data || !icebergs.data) return <Loader aria-label={t('app.loading')} />;
  const list = icebergs.data;
  const current = list.find((i) => i.id === chosen) ?? list[0] ?? null;
  const findingOptions: FindingOption[] = (findings.data ?? []).map((f) => ({
    value: f.id,
    label: f.statement.length > 90 ? `${f.statement.slice(0, 89)}…` : f.statement,
  }));

  const confirmDelete = (iceberg: Iceberg) =>
    modals.openConfirmModal({
      title: t('stakeholderTools.screen.deleteIceberg', { title: iceberg.title }),
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: iceberg.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(
                t('stakeholderTools.screen.icebergDeleted', { title: iceberg.title }),
                removed.undoToken,
              ),
          },
        ),
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('stakeholderTools.fields.knelpunt')}
          data={list.map((i) => ({ value: i.id, label: i.title }))}
          value={current?.id ?? null}
          onChange={setChosen}
          allowDeselect={false}
          w={420}
          disabled={list.length === 0}
        />
        <Button
          leftSection={<IconPlus aria-hidden size={18} />}
          onClick={() => setEditing({ iceberg: null })}
        >
          {t('stakeholderTools.screen.addIceberg')}
        </Button>
      </Group>
      {current === null ? (
        <Text c="dimmed" size="sm">
          {t('stakeholderTools.screen.noIcebergs')}
        </Text>
      ) : (
        <IcebergEditor
          key={current.id}
          engagementId={engagementId}
          iceberg={current}
          guide={guide.data}
          findingOptions={findingOptions}
          onEdit={() => setEditing({ iceberg: current })}
          onDelete={() => confirmDelete(current)}
        />
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.iceberg
            ? t('stakeholderTools.screen.editIceberg')
            : t('stakeholderTools.screen.icebergTitle')
        }
      >
        {editing && (
          <IcebergForm
            engagementId={engagementId}
            iceberg={editing.iceberg}
            onDone={(saved) => {
              setChosen(saved.id);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function IcebergForm(props: {
  engagementId: string;
  iceberg: Iceberg | null;
  onDone: (saved: Iceberg) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(props.iceberg?.title ?? '');
  const [description, setDescription] = useState(props.iceberg?.description ?? '');
  const [submitted, setSubmitted] = useState(false);
  const create = useCoreMutation('iceberg:create', {
    invalidates: ['iceberg:list'],
    onSuccess: props.onDone,
  });
  const update = useCoreMutation('iceberg:update', {
    invalidates: ['iceberg:list'],
    onSuccess: props.onDone,
  });
  const error = title.trim() === '' ? t('stakeholderTools.screen.required') : null;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        if (error) return;
        const fields = { title: title.trim(), description };
        if (props.iceberg)
          update.mutate({ engagementId: props.engagementId, id: props.iceberg.id, fields });
        else create.mutate({ engagementId: props.engagementId, fields });
      }}
    >
      <Stack>
        <TextInput
          label={t('stakeholderTools.fields.knelpunt')}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={submitted ? error : null}
          required
          data-autofocus
        />
        <Textarea
          label={t('stakeholderTools.fields.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
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

function IcebergEditor(props: {
  engagementId: string;
  iceberg: Iceberg;
  guide: StakeholderToolsGuide;
  findingOptions: FindingOption[];
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { engagementId, iceberg, guide } = props;
  const { t } = useTranslation();
  const svg = useMemo(
    () =>
      icebergChart({
        title: iceberg.title,
        layers: guide.icebergLayers.map((layer) => ({
          id: layer.id,
          name: layer.name,
          items: iceberg.items.filter((i) => i.layer === layer.id).map((i) => i.text),
        })),
        waterlineLabel: t('stakeholderTools.chart.waterline'),
        emptyLabel: t('stakeholderTools.chart.emptyLayer'),
      }),
    [iceberg, guide, t],
  );
  return (
    <Stack>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {iceberg.title}
          </Title>
          {iceberg.description && (
            <Text size="sm" c="dimmed">
              {iceberg.description}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('stakeholderTools.screen.editIceberg')}>
            <ActionIcon
              variant="subtle"
              onClick={props.onEdit}
              aria-label={t('stakeholderTools.screen.editIceberg')}
            >
              <IconPencil aria-hidden size={18} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('actions.delete')}>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={props.onDelete}
              aria-label={t('stakeholderTools.screen.deleteIceberg', { title: iceberg.title })}
            >
              <IconTrash aria-hidden size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <SimpleGrid cols={{ base: 1, md: 2 }} style={{ flex: '1 1 480px' }}>
          {guide.icebergLayers.map((layer) => (
            <LayerCard
              key={layer.id}
              engagementId={engagementId}
              icebergId={iceberg.id}
              layer={layer}
              items={iceberg.items.filter((i) => i.layer === layer.id)}
              findingOptions={props.findingOptions}
            />
          ))}
        </SimpleGrid>
        <Box style={{ flex: '1 1 420px', maxWidth: 600 }}>
          <Title order={4} size="h6" mb={4}>
            {t('stakeholderTools.screen.preview')}
          </Title>
          <ChartSvg svg={svg} className="iceberg-host" />
          <style>{'.iceberg-host svg { width: 100%; height: auto; }'}</style>
        </Box>
      </Group>
    </Stack>
  );
}

function LayerCard(props: {
  engagementId: string;
  icebergId: string;
  layer: StakeholderToolsGuide['icebergLayers'][number];
  items: IcebergItem[];
  findingOptions: FindingOption[];
}) {
  const { engagementId, layer } = props;
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [findingId, setFindingId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const notifyUndoable = useUndoNotification(engagementId);
  const create = useCoreMutation('icebergItem:create', {
    invalidates: ['iceberg:list'],
    onSuccess: () => {
      setText('');
      setFindingId(null);
    },
  });
  const update = useCoreMutation('icebergItem:update', {
    invalidates: ['iceberg:list'],
    onSuccess: () => setEditingId(null),
  });
  const remove = useCoreMutation('icebergItem:delete', { invalidates: ['iceberg:list'] });
  const findingLabel = (id: string | null) =>
    props.findingOptions.find((f) => f.value === id)?.label;

  return (
    <Paper withBorder p="sm" component="section" aria-label={layer.name}>
      <Title order={4} size="h6">
        {layer.name}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {layer.description}
      </Text>
      <Stack gap={6}>
        {props.items.map((item) =>
          editingId === item.id ? (
            <ItemEditor
              key={item.id}
              item={item}
              findingOptions={props.findingOptions}
              saving={update.isPending}
              onSave={(fields) => update.mutate({ engagementId, id: item.id, fields })}
              onCancel={() => setEditingId(null)}
            />
          ) : (
            <Group key={item.id} justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
              <Stack gap={0}>
                <Text size="sm">• {item.text}</Text>
                {item.findingId && (
                  <Text size="xs" c="dimmed">
                    {t('stakeholderTools.fields.finding')}: {findingLabel(item.findingId)}
                  </Text>
                )}
              </Stack>
              <Group gap={0} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  onClick={() => setEditingId(item.id)}
                  aria-label={t('stakeholderTools.screen.editItem')}
                >
                  <IconPencil aria-hidden size={14} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  color="red"
                  aria-label={t('stakeholderTools.screen.deleteItem')}
                  onClick={() =>
                    remove.mutate(
                      { engagementId, id: item.id },
                      {
                        onSuccess: (removed) =>
                          notifyUndoable(
                            t('stakeholderTools.screen.itemDeleted'),
                            removed.undoToken,
                          ),
                      },
                    )
                  }
                >
                  <IconTrash aria-hidden size={14} />
                </ActionIcon>
              </Group>
            </Group>
          ),
        )}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim() === '') return;
            create.mutate({
              engagementId,
              icebergId: props.icebergId,
              fields: { layer: layer.id, text: text.trim(), findingId },
            });
          }}
        >
          <Stack gap={4}>
            <TextInput
              size="xs"
              aria-label={t('stakeholderTools.screen.itemText', { layer: layer.name })}
              placeholder={layer.questions[0] ?? ''}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Group gap={4} wrap="nowrap">
              {props.findingOptions.length > 0 && (
                <Select
                  size="xs"
                  aria-label={t('stakeholderTools.fields.finding')}
                  placeholder={t('stakeholderTools.screen.noFinding')}
                  data={props.findingOptions}
                  value={findingId}
                  onChange={setFindingId}
                  clearable
                  searchable
                  style={{ flex: 1 }}
                />
              )}
              <Button
                type="submit"
                size="compact-xs"
                variant="light"
                loading={create.isPending}
                aria-label={t('stakeholderTools.screen.addItem', { layer: layer.name })}
              >
                <IconPlus aria-hidden size={14} />
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

function ItemEditor(props: {
  item: IcebergItem;
  findingOptions: FindingOption[];
  saving: boolean;
  onSave: (fields: { text: string; findingId: string | null }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.item.text);
  const [findingId, setFindingId] = useState(props.item.findingId);
  return (
    <Stack gap={4}>
      <Textarea
        size="xs"
        aria-label={t('stakeholderTools.screen.editItem')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        data-autofocus
      />
      <Select
        size="xs"
        aria-label={t('stakeholderTools.fields.finding')}
        placeholder={t('stakeholderTools.screen.noFinding')}
        data={props.findingOptions}
        value={findingId}
        onChange={setFindingId}
        clearable
      />
      <Group gap={4} justify="flex-end">
        <Button size="compact-xs" variant="default" onClick={props.onCancel}>
          {t('actions.cancel')}
        </Button>
        <Button
          size="compact-xs"
          loading={props.saving}
          disabled={text.trim() === ''}
          onClick={() => props.onSave({ text: text.trim(), findingId })}
        >
          {t('actions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
