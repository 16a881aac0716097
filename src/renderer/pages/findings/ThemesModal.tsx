import {
  ActionIcon,
  Button,
  ColorInput,
  Divider,
  Group,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/domain/overview';
import { useCoreMutation } from '../../api/core-hooks';
import { useFindings, useThemes } from '../../api/findings-queries';
import { notifySuccess } from '../../api/notify';

interface Props {
  engagementId: string;
  opened: boolean;
  onClose(): void;
}

export const THEME_SWATCHES = [
  '#1c7ed6',
  '#0ca678',
  '#f08c00',
  '#e03131',
  '#9c36b5',
  '#3b5bdb',
  '#2f9e44',
  '#c2255c',
  '#1098ad',
  '#e8590c',
  '#5f3dc4',
  '#495057',
  '#74b816',
  '#d6336c',
];
const HEX = /^#[0-9a-fA-F]{6}$/;
const NAME_MAX = 100;

/** Add, rename, recolour, merge and delete the engagement's themes. */
export function ThemesModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      opened={props.opened}
      onClose={props.onClose}
      title={t('themes.title')}
      size="xl"
    >
      {props.opened && <ThemesManager engagementId={props.engagementId} />}
    </Modal>
  );
}

// A theme change reaches findings, the matrix and the overview: the whole engagement is stale.
const useThemeMutations = () => ({
  create: useCoreMutation('theme:create', { invalidates: ['engagement'] }),
  update: useCoreMutation('theme:update', { invalidates: ['engagement'] }),
  merge: useCoreMutation('theme:merge', { invalidates: ['engagement'] }),
  remove: useCoreMutation('theme:delete', { invalidates: ['engagement'] }),
});

function ThemesManager({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const themes = useThemes(engagementId);
  const findings = useFindings(engagementId);
  const mutations = useThemeMutations();
  const list = themes.data ?? [];

  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const f of findings.data ?? [])
      for (const id of f.themeIds) map.set(id, (map.get(id) ?? 0) + 1);
    return map;
  }, [findings.data]);

  const confirmDelete = (theme: Theme) => {
    const count = counts.get(theme.id) ?? 0;
    modals.openConfirmModal({
      title: t('themes.deleteTitle', { name: theme.name }),
      children: <Text size="sm">{t('themes.deleteText', { count })}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        mutations.remove.mutate(
          { engagementId, id: theme.id },
          {
            onSuccess: () => notifySuccess(t('themes.deleted', { name: theme.name })),
          },
        ),
    });
  };

  return (
    <Stack gap="md">
      {list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('themes.empty')}
        </Text>
      )}
      <ScrollArea.Autosize mah={360} offsetScrollbars>
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {list.map((theme) => (
            <ThemeRow
              key={theme.id}
              theme={theme}
              count={counts.get(theme.id) ?? 0}
              others={list}
              onSave={(fields) =>
                mutations.update.mutate(
                  { engagementId, id: theme.id, fields },
                  { onSuccess: () => notifySuccess(t('themes.saved')) },
                )
              }
              onDelete={() => confirmDelete(theme)}
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
      <AddTheme
        existing={list}
        loading={mutations.create.isPending}
        onAdd={(fields, reset) =>
          mutations.create.mutate(
            { engagementId, fields },
            {
              onSuccess: (theme) => {
                notifySuccess(t('themes.added', { name: theme.name }));
                reset();
              },
            },
          )
        }
      />
      <Divider />
      <MergeThemes
        themes={list}
        counts={counts}
        loading={mutations.merge.isPending}
        onMerge={(source, target) =>
          mutations.merge.mutate(
            { engagementId, sourceId: source.id, targetId: target.id },
            {
              onSuccess: () =>
                notifySuccess(t('themes.merged', { source: source.name, target: target.name })),
            },
          )
        }
      />
    </Stack>
  );
}

const isDuplicate = (name: string, themes: Theme[], exceptId?: string) =>
  themes.some(
    (x) => x.id !== exceptId && x.name.trim().toLowerCase() === name.trim().toLowerCase(),
  );

function ThemeRow(props: {
  theme: Theme;
  count: number;
  others: Theme[];
  onSave(fields: { name?: string; color?: string }): void;
  onDelete(): void;
}) {
  const { theme } = props;
  const { t } = useTranslation();
  const [name, setName] = useState(theme.name);
  const [color, setColor] = useState(theme.color);
  // After a save (or a change elsewhere) the stored values win; adjusted during render, as
  // React recommends for state derived from props, so focus stays where the user tabbed to.
  const [stored, setStored] = useState(theme);
  if (stored.name !== theme.name || stored.color !== theme.color) {
    setStored(theme);
    setName(theme.name);
    setColor(theme.color);
  }

  const nameError =
    name.trim() === ''
      ? t('themes.nameRequired')
      : name.length > NAME_MAX
        ? t('findings.tooLong', { max: NAME_MAX })
        : isDuplicate(name, props.others, theme.id)
          ? t('themes.duplicate')
          : null;

  const saveName = () => {
    if (!nameError && name.trim() !== theme.name) props.onSave({ name: name.trim() });
  };
  const saveColor = (value: string) => {
    if (HEX.test(value) && value.toLowerCase() !== theme.color.toLowerCase())
      props.onSave({ color: value });
  };

  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start">
      <ColorInput
        w={130}
        aria-label={t('themes.recolor', { name: theme.name })}
        value={color}
        onChange={setColor}
        onChangeEnd={saveColor}
        onBlur={() => saveColor(color)}
        format="hex"
        swatches={THEME_SWATCHES}
        swatchesPerRow={7}
        withEyeDropper={false}
        closeOnColorSwatchClick
      />
      <TextInput
        style={{ flex: 1 }}
        aria-label={t('themes.rename', { name: theme.name })}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        onBlur={saveName}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            saveName();
          }
        }}
        error={nameError}
      />
      <Text size="sm" c="dimmed" w={110} ta="right" mt={8}>
        {t('themes.findings', { count: props.count })}
      </Text>
      <Tooltip label={t('themes.delete', { name: theme.name })}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          mt={2}
          aria-label={t('themes.delete', { name: theme.name })}
          onClick={props.onDelete}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

function AddTheme(props: {
  existing: Theme[];
  loading: boolean;
  onAdd(fields: { name: string; color: string }, reset: () => void): void;
}) {
  const { t } = useTranslation();
  const nextColor = THEME_SWATCHES[props.existing.length % THEME_SWATCHES.length] ?? '#1c7ed6';
  const [name, setName] = useState('');
  const [color, setColor] = useState(nextColor);
  const [tried, setTried] = useState(false);

  const error =
    name.trim() === ''
      ? t('themes.nameRequired')
      : name.length > NAME_MAX
        ? t('findings.tooLong', { max: NAME_MAX })
        : isDuplicate(name, props.existing)
          ? t('themes.duplicate')
          : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (error || !HEX.test(color)) return;
    props.onAdd({ name: name.trim(), color }, () => {
      setName('');
      setTried(false);
      setColor(THEME_SWATCHES[(props.existing.length + 1) % THEME_SWATCHES.length] ?? nextColor);
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <ColorInput
          w={130}
          label={t('themes.color')}
          value={color}
          onChange={setColor}
          format="hex"
          swatches={THEME_SWATCHES}
          swatchesPerRow={7}
          withEyeDropper={false}
          closeOnColorSwatchClick
        />
        <TextInput
          style={{ flex: 1 }}
          label={t('themes.newName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={tried ? error : null}
        />
        <Button
          type="submit"
          leftSection={<IconPlus size={16} aria-hidden />}
          loading={props.loading}
        >
          {t('themes.add')}
        </Button>
      </Group>
    </form>
  );
}

function MergeThemes(props: {
  themes: Theme[];
  counts: ReadonlyMap<string, number>;
  loading: boolean;
  onMerge(source: Theme, target: Theme): void;
}) {
  const { t } = useTranslation();
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const data = props.themes.map((theme) => ({ value: theme.id, label: theme.name }));
  const source = props.themes.find((x) => x.id === sourceId);
  const target = props.themes.find((x) => x.id === targetId);
  const invalid = !source || !target || source.id === target.id;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (invalid) return;
    const count = props.counts.get(source.id) ?? 0;
    modals.openConfirmModal({
      title: t('themes.mergeTitle'),
      children: (
        <Text size="sm">
          {t('themes.mergeText', { count, source: source.name, target: target.name })}
        </Text>
      ),
      labels: { confirm: t('themes.mergeButton'), cancel: t('actions.cancel') },
      onConfirm: () => {
        props.onMerge(source, target);
        setSourceId(null);
        setTargetId(null);
        setTried(false);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Title order={3} size="h5" mb="xs">
        {t('themes.merge')}
      </Title>
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <Select
          style={{ flex: 1 }}
          label={t('themes.mergeSource')}
          data={data}
          value={sourceId}
          onChange={setSourceId}
          searchable
        />
        <Select
          style={{ flex: 1 }}
          label={t('themes.mergeTarget')}
          data={data.filter((d) => d.value !== sourceId)}
          value={targetId}
          onChange={setTargetId}
          searchable
        />
        <Button type="submit" variant="light" loading={props.loading}>
          {t('themes.mergeButton')}
        </Button>
      </Group>
      {tried && invalid && (
        <Text size="sm" c="red" mt={4} role="alert">
          {t('themes.mergeSame')}
        </Text>
      )}
    </form>
  );
}
