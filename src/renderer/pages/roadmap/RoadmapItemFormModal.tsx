import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BOUWSTENEN, type Bouwsteen } from '../../../shared/domain/nulmeting';
import {
  FUNDING_STATES,
  ROADMAP_ITEM_KINDS,
  ROADMAP_LEVELS,
  ROADMAP_PHASES,
  ROADMAP_STATUSES,
  type Roadmap,
  type RoadmapItem,
  type RoadmapItemFields,
} from '../../../shared/domain/roadmap';
import { useCoreMutation } from '../../api/core-hooks';
import { isKoersError } from '../../api/koers-error';
import { notifySuccess } from '../../api/notify';
import { useStakeholders } from '../../api/stakeholders-queries';
import { submitOnCtrlEnter } from '../adoption/use-save-shortcut';
import { RoadmapDependencies } from './RoadmapDependencies';
import { RoadmapLinks } from './RoadmapLinks';
import { RoadmapProgress } from './RoadmapProgress';
import { ROADMAP_CHANGED } from './roadmap-queries';
import { quarterOptions } from './roadmap-view';

interface Props {
  engagementId: string;
  roadmap: Roadmap;
  item: RoadmapItem | null;
  initialTab?: string;
  dimensions: readonly { id: string; name: string }[];
  /** After a create: the page opens the new item on its links. */
  onCreated(item: RoadmapItem): void;
  onClose(): void;
}

/** Add or edit an action; an existing one also has its dependencies, links and progress. */
export function RoadmapItemFormModal(props: Props) {
  const { t } = useTranslation();
  const { item } = props;
  const [tab, setTab] = useState<string>(item ? (props.initialTab ?? 'fields') : 'fields');
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={item ? t('roadmap.form.editTitle', { title: item.title }) : t('roadmap.form.addTitle')}
      size="xl"
    >
      {item ? (
        <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
          <Tabs.List aria-label={t('roadmap.form.tabs')}>
            <Tabs.Tab value="fields">{t('roadmap.form.tabFields')}</Tabs.Tab>
            <Tabs.Tab value="links">
              {t('roadmap.form.tabLinks', {
                count: item.gapDimensionIds.length + item.passageIds.length,
              })}
            </Tabs.Tab>
            <Tabs.Tab value="dependencies">
              {t('roadmap.form.tabDependencies', { count: item.dependsOn.length })}
            </Tabs.Tab>
            <Tabs.Tab value="progress">
              {t('roadmap.form.tabProgress', { count: item.updates.length })}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="fields" pt="md">
            <ItemForm {...props} />
          </Tabs.Panel>
          <Tabs.Panel value="links" pt="md">
            <RoadmapLinks
              engagementId={props.engagementId}
              item={item}
              dimensions={props.dimensions}
              onClose={props.onClose}
            />
          </Tabs.Panel>
          <Tabs.Panel value="dependencies" pt="md">
            <RoadmapDependencies
              engagementId={props.engagementId}
              roadmap={props.roadmap}
              item={item}
            />
          </Tabs.Panel>
          <Tabs.Panel value="progress" pt="md">
            <RoadmapProgress engagementId={props.engagementId} item={item} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <ItemForm {...props} />
      )}
    </Modal>
  );
}

const nextQuarterOf = (roadmap: Roadmap) => roadmap.settings.startQuarter;

function ItemForm({ engagementId, roadmap, item, dimensions, onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const stakeholders = useStakeholders(engagementId);
  const [fields, setFields] = useState<RoadmapItemFields>(() => ({
    kind: item?.kind ?? 'project',
    title: item?.title ?? '',
    description: item?.description ?? '',
    goal: item?.goal ?? '',
    dimensionId: item?.dimensionId ?? null,
    bouwsteen: item?.bouwsteen ?? null,
    startQuarter: item?.startQuarter ?? nextQuarterOf(roadmap),
    endQuarter: item?.endQuarter ?? nextQuarterOf(roadmap),
    ownerStakeholderId: item?.ownerStakeholderId ?? null,
    ownerText: item?.ownerText ?? '',
    effort: item?.effort ?? '',
    funding: item?.funding ?? 'open',
    phase: item?.phase ?? 'begin',
    level: item?.level ?? 'tactisch',
    status: item?.status ?? 'gepland',
  }));
  const [submitted, setSubmitted] = useState(false);
  const [coreError, setCoreError] = useState<string | null>(null);
  const set = <K extends keyof RoadmapItemFields>(key: K, value: RoadmapItemFields[K]) =>
    setFields((old) => {
      const next = { ...old, [key]: value };
      // A milestone is a moment: it ends where it starts. A start past the end takes the end along.
      if (next.kind === 'mijlpaal' || next.endQuarter < next.startQuarter)
        next.endQuarter = next.startQuarter;
      return next;
    });
  const onError = (error: Error) =>
    setCoreError(isKoersError(error) ? error.message : t('errors.unexpected'));
  const create = useCoreMutation('roadmapItem:create', {
    invalidates: ROADMAP_CHANGED,
    onSuccess: (created) => {
      notifySuccess(t('roadmap.form.created', { title: created.title }));
      onCreated(created);
    },
    onError,
  });
  const update = useCoreMutation('roadmapItem:update', {
    invalidates: ROADMAP_CHANGED,
    onSuccess: () => {
      notifySuccess(t('roadmap.form.saved'));
      onClose();
    },
    onError,
  });

  const titleError = fields.title.trim() === '' ? t('roadmap.form.titleRequired') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setCoreError(null);
    if (titleError) return;
    const input = { ...fields, title: fields.title.trim() };
    if (item) update.mutate({ engagementId, id: item.id, fields: input });
    else create.mutate({ engagementId, fields: input });
  };

  const quarters = quarterOptions(roadmap.settings, [fields.startQuarter, fields.endQuarter]);
  const options = <T extends string>(values: readonly T[], group: string) =>
    values.map((v) => ({ value: v, label: t(`roadmap.${group}.${v}`) }));

  return (
    <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('roadmap.fields.kind')}
            data={options(ROADMAP_ITEM_KINDS, 'kinds')}
            value={fields.kind}
            onChange={(v) => v && set('kind', v as RoadmapItemFields['kind'])}
            allowDeselect={false}
          />
          <Select
            label={t('roadmap.fields.startQuarter')}
            data={quarters}
            value={fields.startQuarter}
            onChange={(v) => v && set('startQuarter', v)}
            allowDeselect={false}
            searchable
          />
          <Select
            label={t('roadmap.fields.endQuarter')}
            data={quarters.filter((q) => q >= fields.startQuarter)}
            value={fields.endQuarter}
            onChange={(v) => v && set('endQuarter', v)}
            allowDeselect={false}
            disabled={fields.kind === 'mijlpaal'}
            searchable
          />
        </SimpleGrid>
        <TextInput
          label={t('roadmap.fields.title')}
          value={fields.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={submitted ? titleError : null}
          required
          data-autofocus
        />
        <Textarea
          label={t('roadmap.fields.goal')}
          description={t('roadmap.form.goalHint')}
          value={fields.goal}
          onChange={(e) => set('goal', e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('roadmap.fields.description')}
          value={fields.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('roadmap.fields.bouwsteen')}
            data={BOUWSTENEN.map((b) => ({ value: b, label: t(`roadmap.bouwstenen.${b}`) }))}
            value={fields.bouwsteen}
            onChange={(v) => set('bouwsteen', (v as Bouwsteen | null) ?? null)}
            clearable
          />
          <Select
            label={t('roadmap.fields.dimension')}
            data={dimensions.map((d) => ({ value: d.id, label: d.name }))}
            value={fields.dimensionId}
            onChange={(v) => set('dimensionId', v ?? null)}
            clearable
          />
          <Select
            label={t('roadmap.fields.ownerStakeholder')}
            data={(stakeholders.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={fields.ownerStakeholderId}
            onChange={(v) => set('ownerStakeholderId', v ?? null)}
            clearable
            searchable
          />
          <TextInput
            label={t('roadmap.fields.ownerText')}
            description={t('roadmap.form.ownerHint')}
            value={fields.ownerText}
            onChange={(e) => set('ownerText', e.currentTarget.value)}
          />
          <TextInput
            label={t('roadmap.fields.effort')}
            placeholder={t('roadmap.form.effortPlaceholder')}
            value={fields.effort}
            onChange={(e) => set('effort', e.currentTarget.value)}
          />
          <Select
            label={t('roadmap.fields.funding')}
            data={options(FUNDING_STATES, 'funding')}
            value={fields.funding}
            onChange={(v) => v && set('funding', v as RoadmapItemFields['funding'])}
            allowDeselect={false}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('roadmap.fields.phase')}
            data={options(ROADMAP_PHASES, 'phases')}
            value={fields.phase}
            onChange={(v) => v && set('phase', v as RoadmapItemFields['phase'])}
            allowDeselect={false}
          />
          <Select
            label={t('roadmap.fields.level')}
            data={options(ROADMAP_LEVELS, 'levels')}
            value={fields.level}
            onChange={(v) => v && set('level', v as RoadmapItemFields['level'])}
            allowDeselect={false}
          />
          <Select
            label={t('roadmap.fields.status')}
            data={options(ROADMAP_STATUSES, 'statuses')}
            value={fields.status}
            onChange={(v) => v && set('status', v as RoadmapItemFields['status'])}
            allowDeselect={false}
          />
        </SimpleGrid>
        {coreError && (
          <Text size="sm" c="red" role="alert">
            {coreError}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {t('roadmap.form.saveShortcut')}
          </Text>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
