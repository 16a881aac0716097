import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  Badge,
  Box,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { cellAt, forceFieldChart, forceFieldGeometry } from '../../../shared/charts';
import {
  ATTITUDE_MAX,
  ATTITUDE_MIN,
  INFLUENCE_MAX,
  INFLUENCE_MIN,
  type ForceFieldFields,
  type ForceFieldPosition,
  type Party,
  type StakeholderToolsGuide,
} from '../../../shared/domain/stakeholder-tools';
import { useCoreCache, useCoreMutation, useCoreQuery } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { useStakeholders } from '../../api/stakeholders-queries';
import { formatDate } from '../../components/format';
import { ChartSvg } from './ChartSvg';
import { signed, useGuide, useParties } from './queries';

const WIDTH = 800;
const HEIGHT = 600;
const GEOMETRY = forceFieldGeometry(WIDTH, HEIGHT);

type Quadrant = StakeholderToolsGuide['forceField']['quadrants'][number];

const quadrantAt = (
  guide: StakeholderToolsGuide,
  influence: number,
  attitude: number,
): Quadrant | undefined => {
  const f = guide.forceField;
  const high = influence >= f.influence.highFrom ? 'high' : 'low';
  const positive = attitude >= f.attitude.positiveFrom ? 'positive' : 'negative';
  return f.quadrants.find((q) => q.influence === high && q.attitude === positive);
};

interface Drag {
  partyId: string;
  startX: number;
  startY: number;
  /** The party's group in the SVG, moved while dragging; null: dragged from the list. */
  element: SVGGElement | null;
  moved: boolean;
}

export function ForceFieldTab({
  engagementId,
  clientName,
}: {
  engagementId: string;
  clientName: string;
}) {
  const { t, i18n } = useTranslation();
  const guide = useGuide(engagementId);
  const parties = useParties(engagementId);
  const positions = useCoreQuery('forceField:list', { engagementId });
  const snapshots = useCoreQuery('forceFieldSnapshot:list', { engagementId });
  const [compareId, setCompareId] = useState<string | null>(null);
  const snapshot = useCoreQuery(
    'forceFieldSnapshot:get',
    { engagementId, id: compareId ?? '' },
    { enabled: compareId !== null },
  );
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [ghost, setGhost] = useState<{ name: string; x: number; y: number } | null>(null);
  const [snapshotOpen, setSnapshotOpen] = useState(false);
  const host = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const cache = useCoreCache();

  const setPosition = useCoreMutation('forceField:set', {
    onSuccess: (saved) =>
      cache.set('forceField:list', { engagementId }, (list) =>
        list?.map((p) => (p.partyId === saved.partyId ? saved : p)),
      ),
    onError: () => void cache.invalidate(['forceField:list'], { engagementId }),
  });

  const byParty = useMemo(
    () => new Map((positions.data ?? []).map((p) => [p.partyId, p])),
    [positions.data],
  );

  const svg = useMemo(() => {
    if (!guide.data || !parties.data) return '';
    const f = guide.data.forceField;
    return forceFieldChart({
      title: t('stakeholderTools.chart.forceFieldTitle', { client: clientName }),
      influenceLabel: f.influenceLabel,
      attitudeLabel: f.attitudeLabel,
      quadrants: f.quadrants,
      highFrom: f.influence.highFrom,
      positiveFrom: f.attitude.positiveFrom,
      parties: parties.data.flatMap((p) => {
        const place = byParty.get(p.id);
        return place
          ? [{ id: p.id, name: p.name, influence: place.influence, attitude: place.attitude }]
          : [];
      }),
      previous: snapshot.data?.positions,
      movementLabel: snapshot.data
        ? t('stakeholderTools.chart.movementSince', {
            date: formatDate(snapshot.data.takenOn, i18n.language),
          })
        : undefined,
      width: WIDTH,
      height: HEIGHT,
    });
  }, [guide.data, parties.data, byParty, snapshot.data, clientName, t, i18n.language]);

  if (!guide.data || !parties.data || !positions.data)
    return <Loader aria-label={t('app.loading')} />;
  const theGuide = guide.data;
  const allParties = parties.data;

  /** Moves a party (placing it when it had no place yet), at once on screen, then in the core. */
  const moveTo = (party: Party, influence: number, attitude: number) => {
    const quadrant = quadrantAt(theGuide, influence, attitude);
    setAnnouncement(
      t('stakeholderTools.screen.movedTo', {
        name: party.name,
        influence,
        attitude: signed(attitude),
        quadrant: quadrant?.name ?? '',
      }),
    );
    const current = byParty.get(party.id);
    if (current && current.influence === influence && current.attitude === attitude) return;
    cache.set('forceField:list', { engagementId }, (list) => {
      const old = list ?? [];
      const was = old.find((p) => p.partyId === party.id);
      const next: ForceFieldPosition = was
        ? { ...was, influence, attitude, quadrantId: quadrant?.id ?? was.quadrantId }
        : {
            id: `pending-${party.id}`,
            partyId: party.id,
            influence,
            attitude,
            quadrantId: quadrant?.id ?? '',
            opportunities: '',
            risks: '',
            communicationStrategy: '',
            nextAction: '',
            actionOwnerId: null,
            actionDue: null,
            updatedAt: new Date().toISOString(),
          };
      return was ? old.map((p) => (p.partyId === party.id ? next : p)) : [...old, next];
    });
    setPosition.mutate({ engagementId, partyId: party.id, fields: { influence, attitude } });
  };

  const svgPoint = (clientX: number, clientY: number): { x: number; y: number } | null => {
    const root = host.current?.querySelector('svg');
    if (!root) return null;
    const r = root.getBoundingClientRect();
    return {
      x: ((clientX - r.left) * WIDTH) / r.width,
      y: ((clientY - r.top) * HEIGHT) / r.height,
    };
  };

  const startDrag = (partyId: string, event: PointerEvent, element: SVGGElement | null) => {
    if (event.button !== 0) return;
    event.preventDefault();
    drag.current = { partyId, startX: event.clientX, startY: event.clientY, element, moved: false };
    const party = allParties.find((p) => p.id === partyId);
    const onMove = (e: globalThis.PointerEvent) => {
      const d = drag.current;
      if (!d) return;
      const dx = e.clientX - d.startX;
      const dy = e.clientY - d.startY;
      if (!d.moved && Math.hypot(dx, dy) < 4) return;
      d.moved = true;
      if (d.element) {
        const r = host.current!.querySelector('svg')!.getBoundingClientRect();
        d.element.setAttribute(
          'transform',
          `translate(${(dx * WIDTH) / r.width} ${(dy * HEIGHT) / r.height})`,
        );
      } else if (party) {
        setGhost({ name: party.name, x: e.clientX, y: e.clientY });
      }
    };
    const onUp = (e: globalThis.PointerEvent) => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      const d = drag.current;
      drag.current = null;
      setGhost(null);
      d?.element?.removeAttribute('transform');
      if (!d || !party) return;
      setSelected(party.id);
      if (!d.moved) return;
      const point = svgPoint(e.clientX, e.clientY);
      const cell = point && cellAt(GEOMETRY, point.x, point.y);
      if (!cell) {
        setAnnouncement(t('stakeholderTools.screen.placedOutside', { name: party.name }));
        return;
      }
      moveTo(party, cell.influence, cell.attitude);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
  };

  const onChartPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const element = (event.target as Element).closest<SVGGElement>('g.party[data-party-id]');
    const partyId = element?.getAttribute('data-party-id');
    if (element && partyId) startDrag(partyId, event, element);
  };

  const onListKey = (party: Party, event: KeyboardEvent) => {
    const step: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [1, 0],
      ArrowDown: [-1, 0],
    };
    const delta = step[event.key];
    if (!delta) return;
    event.preventDefault();
    const place = byParty.get(party.id);
    // A party without a place starts in the middle of the grid.
    const influence = place ? place.influence + delta[0] : 3;
    const attitude = place ? place.attitude + delta[1] : 0;
    moveTo(
      party,
      Math.min(INFLUENCE_MAX, Math.max(INFLUENCE_MIN, influence)),
      Math.min(ATTITUDE_MAX, Math.max(ATTITUDE_MIN, attitude)),
    );
  };

  const selectedParty = allParties.find((p) => p.id === selected) ?? null;
  const snapshotOptions = (snapshots.data ?? []).map((s) => ({
    value: s.id,
    label: t('stakeholderTools.screen.snapshotOption', {
      date: formatDate(s.takenOn, i18n.language),
      scoredBy: s.scoredBy,
    }),
  }));

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640} id="ff-help">
          {t('stakeholderTools.screen.gridHelp')}
        </Text>
        <Group align="flex-end">
          <Select
            label={t('stakeholderTools.screen.compareWith')}
            placeholder={t('stakeholderTools.screen.noComparison')}
            data={snapshotOptions}
            value={compareId}
            onChange={setCompareId}
            clearable
            w={320}
            disabled={snapshotOptions.length === 0}
          />
          <Button
            variant="light"
            leftSection={<IconCamera aria-hidden size={18} />}
            onClick={() => setSnapshotOpen(true)}
          >
            {t('stakeholderTools.screen.takeSnapshot')}
          </Button>
        </Group>
      </Group>
      <VisuallyHidden aria-live="polite" role="status" data-testid="ff-announcement">
        {announcement}
      </VisuallyHidden>
      <Group align="flex-start" wrap="wrap" gap="lg">
        <Box style={{ flex: '1 1 520px', maxWidth: WIDTH }}>
          <style>{`
            .force-field-host svg { width: 100%; height: auto; touch-action: none; user-select: none; }
            .force-field-host g.party { cursor: grab; }
            .force-field-host g.party circle { r: 7px; }
            .force-field-host g.party[data-party-id="${selected ?? ''}"] circle { stroke: #f08c00; stroke-width: 3px; }
          `}</style>
          <ChartSvg
            ref={host}
            svg={svg}
            className="force-field-host"
            aria-label={t('stakeholderTools.screen.gridLabel')}
            role="group"
            onPointerDown={onChartPointerDown}
          />
        </Box>
        <Stack style={{ flex: '0 1 340px' }} gap="md">
          <Paper withBorder p="xs">
            <Title order={4} size="h6" mb={6} id="ff-list-title">
              {t('stakeholderTools.screen.partyList')}
            </Title>
            <Stack gap={2} role="list" aria-labelledby="ff-list-title">
              {allParties.map((party) => {
                const place = byParty.get(party.id);
                return (
                  <div role="listitem" key={party.id}>
                    <UnstyledButton
                      data-party-id={party.id}
                      aria-describedby="ff-help"
                      aria-pressed={selected === party.id}
                      onClick={() => setSelected(party.id)}
                      onKeyDown={(e) => onListKey(party, e)}
                      onPointerDown={(e) => startDrag(party.id, e, null)}
                      style={{
                        display: 'block',
                        width: '100%',
                        padding: '4px 8px',
                        borderRadius: 4,
                        cursor: 'grab',
                        background:
                          selected === party.id ? 'var(--mantine-color-blue-light)' : undefined,
                        touchAction: 'none',
                      }}
                    >
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Text size="sm" fw={500} truncate>
                          {party.name}
                        </Text>
                        {place ? (
                          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                            {t('stakeholderTools.screen.placedAt', {
                              influence: place.influence,
                              attitude: signed(place.attitude),
                            })}
                          </Text>
                        ) : (
                          <Badge size="xs" variant="light" color="gray" tt="none">
                            {t('stakeholderTools.screen.notPlaced')}
                          </Badge>
                        )}
                      </Group>
                    </UnstyledButton>
                  </div>
                );
              })}
            </Stack>
          </Paper>
          {selectedParty ? (
            <StrategyPanel
              key={selectedParty.id}
              engagementId={engagementId}
              party={selectedParty}
              position={byParty.get(selectedParty.id) ?? null}
              guide={theGuide}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('stakeholderTools.screen.selectParty')}
            </Text>
          )}
        </Stack>
      </Group>
      {ghost && (
        <Badge
          size="lg"
          style={{
            position: 'fixed',
            left: ghost.x + 8,
            top: ghost.y + 8,
            pointerEvents: 'none',
            zIndex: 1000,
          }}
          tt="none"
        >
          {ghost.name}
        </Badge>
      )}
      <SnapshotModal
        engagementId={engagementId}
        opened={snapshotOpen}
        onClose={() => setSnapshotOpen(false)}
      />
    </Stack>
  );
}

type StrategyKey = Exclude<keyof ForceFieldFields, 'influence' | 'attitude'>;

function StrategyPanel({
  engagementId,
  party,
  position,
  guide,
}: {
  engagementId: string;
  party: Party;
  position: ForceFieldPosition | null;
  guide: StakeholderToolsGuide;
}) {
  const { t } = useTranslation();
  const stakeholders = useStakeholders(engagementId);
  const cache = useCoreCache();
  const [draft, setDraft] = useState<Partial<Pick<ForceFieldFields, StrategyKey>>>({});
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const save = useCoreMutation('forceField:set', {
    onSuccess: (saved) => {
      cache.set('forceField:list', { engagementId }, (list) =>
        list?.map((p) => (p.partyId === saved.partyId ? saved : p)),
      );
      setState('saved');
    },
  });
  // Autosave: shortly after the last change, on leaving a field, and when the panel goes.
  const pending = useRef<Partial<Pick<ForceFieldFields, StrategyKey>>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flushRef = useRef<() => void>(() => undefined);
  const flush = () => {
    clearTimeout(timer.current);
    const fields = pending.current;
    if (Object.keys(fields).length === 0 || !position) return;
    pending.current = {};
    save.mutate({ engagementId, partyId: party.id, fields });
  };
  useEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => () => flushRef.current(), []);

  if (!position)
    return (
      <Text size="sm" c="dimmed">
        {t('stakeholderTools.screen.placeFirst', { name: party.name })}
      </Text>
    );
  const quadrant = guide.forceField.quadrants.find((q) => q.id === position.quadrantId);
  const value = <K extends StrategyKey>(key: K): ForceFieldFields[K] =>
    key in draft ? (draft[key] as ForceFieldFields[K]) : position[key];
  const set = <K extends StrategyKey>(key: K, v: ForceFieldFields[K]) => {
    setDraft((d) => ({ ...d, [key]: v }));
    pending.current = { ...pending.current, [key]: v };
    setState('saving');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flushRef.current(), 700);
  };
  const suggested =
    !('communicationStrategy' in draft) && position.communicationStrategy === '' && quadrant;
  const strategy = suggested ? quadrant.strategy : value('communicationStrategy');

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4} size="h5">
            {t('stakeholderTools.screen.strategyFor', { name: party.name })}
          </Title>
          <Text size="xs" c="dimmed" aria-live="polite">
            {state === 'saving'
              ? t('stakeholderTools.screen.saving')
              : state === 'saved'
                ? t('stakeholderTools.screen.saved')
                : ''}
          </Text>
        </Group>
        {quadrant && (
          <Badge variant="light" tt="none">
            {t('stakeholderTools.screen.quadrant', { name: quadrant.name })}
          </Badge>
        )}
        {(['opportunities', 'risks'] as const).map((key) => (
          <Textarea
            key={key}
            label={t(`stakeholderTools.fields.${key}`)}
            value={value(key)}
            onChange={(e) => set(key, e.currentTarget.value)}
            onBlur={flush}
            autosize
            minRows={2}
            maxRows={6}
          />
        ))}
        <Textarea
          label={t('stakeholderTools.fields.communicationStrategy')}
          description={suggested ? t('stakeholderTools.screen.suggestion') : undefined}
          value={strategy}
          onChange={(e) => set('communicationStrategy', e.currentTarget.value)}
          onBlur={flush}
          autosize
          minRows={3}
          maxRows={8}
        />
        <Textarea
          label={t('stakeholderTools.fields.nextAction')}
          value={value('nextAction')}
          onChange={(e) => set('nextAction', e.currentTarget.value)}
          onBlur={flush}
          autosize
          minRows={1}
          maxRows={4}
        />
        <Group grow align="flex-start">
          <Select
            label={t('stakeholderTools.fields.actionOwner')}
            placeholder={t('stakeholderTools.screen.noOwner')}
            data={(stakeholders.data ?? []).map((s) => ({
              value: s.id,
              label: s.name || s.pseudonym,
            }))}
            value={value('actionOwnerId')}
            onChange={(v) => set('actionOwnerId', v)}
            clearable
            searchable
          />
          <TextInput
            type="date"
            label={t('stakeholderTools.fields.actionDue')}
            value={value('actionDue') ?? ''}
            onChange={(e) => set('actionDue', e.currentTarget.value || null)}
            onBlur={flush}
          />
        </Group>
      </Stack>
    </Paper>
  );
}

const today = (): string => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

function SnapshotModal({
  engagementId,
  opened,
  onClose,
}: {
  engagementId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [scoredBy, setScoredBy] = useState('');
  const [takenOn, setTakenOn] = useState(today);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const take = useCoreMutation('forceFieldSnapshot:take', {
    invalidates: ['forceFieldSnapshot:list'],
    onSuccess: (snapshot) => {
      notifySuccess(
        t('stakeholderTools.screen.snapshotTaken', {
          date: formatDate(snapshot.takenOn, i18n.language),
        }),
      );
      setScoredBy('');
      setNote('');
      setSubmitted(false);
      onClose();
    },
  });
  const error = scoredBy.trim() === '' ? t('stakeholderTools.screen.required') : null;
  return (
    <Modal opened={opened} onClose={onClose} title={t('stakeholderTools.screen.snapshotTitle')}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          if (error || !takenOn) return;
          take.mutate({ engagementId, fields: { scoredBy: scoredBy.trim(), takenOn, note } });
        }}
      >
        <Stack>
          <TextInput
            label={t('stakeholderTools.fields.scoredBy')}
            value={scoredBy}
            onChange={(e) => setScoredBy(e.currentTarget.value)}
            error={submitted ? error : null}
            required
            data-autofocus
          />
          <TextInput
            type="date"
            label={t('stakeholderTools.fields.takenOn')}
            value={takenOn}
            onChange={(e) => setTakenOn(e.currentTarget.value)}
            required
          />
          <Textarea
            label={t('stakeholderTools.fields.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={take.isPending}>
              {t('actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
