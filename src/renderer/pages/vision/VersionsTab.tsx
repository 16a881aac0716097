import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VisionAdoption } from '../../../shared/domain/adoption';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Vision, VisionVersionSummary } from '../../../shared/domain/vision';
import { useCoreMutation, useCoreQuery } from '../../api/core-hooks';
import { notifySuccess } from '../../api/notify';
import { QueryFallback } from '../../components/QueryFallback';
import { formatDateTime } from '../../components/format';
import { useUndoNotification } from '../../components/use-undo-notification';
import { DiffView } from './DiffView';
import { FreezeModal } from './FreezeModal';
import { VersionView } from './VersionView';
import { VISION_READS, useVisionVersion } from './vision-queries';

const STATUS_COLOR = { concept: 'blue', definitief: 'teal', herstelpunt: 'gray' } as const;
/** The Select's value for the working copy (a version's id otherwise). */
const WORKING = 'working';

function CompareView({
  engagementId,
  versions,
}: {
  engagementId: string;
  versions: VisionVersionSummary[];
}) {
  const { t } = useTranslation();
  const [fromId, setFromId] = useState<string | null>(versions[0]?.id ?? null);
  const [toId, setToId] = useState<string>(WORKING);
  const diff = useCoreQuery(
    'visionVersion:diff',
    { engagementId, fromId: fromId ?? '', toId: toId === WORKING ? null : toId },
    { enabled: fromId !== null },
  );
  const options = versions.map((v) => ({
    value: v.id,
    label: `${v.label} · ${t(`visionVersions.statuses.${v.status}`)}`,
  }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="vision-diff-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="vision-diff-title">
          {t('visionDiff.title')}
        </Title>
        <Group grow>
          <Select
            label={t('visionDiff.from')}
            data={options}
            value={fromId}
            onChange={setFromId}
            allowDeselect={false}
          />
          <Select
            label={t('visionDiff.to')}
            data={[{ value: WORKING, label: t('visionVersions.workingCopy') }, ...options]}
            value={toId}
            onChange={(value) => setToId(value ?? WORKING)}
            allowDeselect={false}
          />
        </Group>
        {diff.data ? <DiffView diff={diff.data} /> : fromId && <QueryFallback query={diff} />}
      </Stack>
    </Paper>
  );
}

/** Frozen versions: make one, list them, view one with its feedback, compare, restore. */
export function VersionsTab({
  engagementId,
  engagement,
  vision,
  adoption,
}: {
  engagementId: string;
  /** For a version's poster: the client's name and the engagement's title and language. */
  engagement: Engagement;
  vision: Vision;
  /** Adopted (step 4): restoring is refused; freezing, feedback and comparing stay. */
  adoption: VisionAdoption | null;
}) {
  const locked = adoption !== null;
  const { t, i18n } = useTranslation();
  const [freezing, setFreezing] = useState(false);
  const [viewing, setViewing] = useState<string | null>(null);
  const version = useVisionVersion(engagementId, viewing);
  const notifyUndoable = useUndoNotification(engagementId);
  const restore = useCoreMutation('visionVersion:restore', {
    invalidates: VISION_READS,
  });
  const removePoint = useCoreMutation('visionVersion:delete', { invalidates: VISION_READS });
  // Newest first.
  const versions = [...vision.versions].sort((a, b) => b.frozenAt.localeCompare(a.frozenAt));

  const confirmRestore = (v: VisionVersionSummary) =>
    modals.openConfirmModal({
      title: t('visionVersions.restoreTitle', { label: v.label }),
      children: <Text size="sm">{t('visionVersions.restoreText', { label: v.label })}</Text>,
      labels: { confirm: t('visionVersions.restore'), cancel: t('actions.cancel') },
      onConfirm: () =>
        restore.mutate(
          { engagementId, id: v.id },
          {
            onSuccess: (restored) =>
              notifySuccess(
                t('visionVersions.restored', {
                  label: v.label,
                  point: restored.restorePoint.label,
                }),
              ),
          },
        ),
    });
  const confirmRemovePoint = (v: VisionVersionSummary) =>
    modals.openConfirmModal({
      title: t('visionVersions.deletePointTitle', { label: v.label }),
      children: <Text size="sm">{t('visionVersions.deletePointText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        removePoint.mutate(
          { engagementId, id: v.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(
                t('visionVersions.deletedPoint', { label: v.label }),
                removed.undoToken,
              ),
          },
        ),
    });

  if (viewing !== null)
    return version.data ? (
      <VersionView
        engagementId={engagementId}
        engagement={engagement}
        adoption={adoption}
        version={version.data}
        onBack={() => setViewing(null)}
      />
    ) : (
      <QueryFallback query={version} />
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('visionVersions.intro')}
        </Text>
        <Button
          leftSection={<IconLock size={18} aria-hidden />}
          onClick={() => setFreezing(true)}
          disabled={vision.passages.length === 0}
        >
          {t('visionVersions.freeze')}
        </Button>
      </Group>
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('visionVersions.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table highlightOnHover verticalSpacing="xs" aria-label={t('visionVersions.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('visionVersions.label')}</Table.Th>
                <Table.Th>{t('visionVersions.date')}</Table.Th>
                <Table.Th>{t('visionVersions.passages')}</Table.Th>
                <Table.Th>{t('visionVersions.feedback')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => (
                <Table.Tr key={v.id} data-version={v.label}>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={600}>{v.label}</Text>
                      <Badge color={STATUS_COLOR[v.status]} variant="light">
                        {t(`visionVersions.statuses.${v.status}`)}
                      </Badge>
                    </Group>
                    {(v.note || v.restoredLabel) && (
                      <Text size="xs" c="dimmed">
                        {v.restoredLabel
                          ? t('visionVersions.restoredFrom', { label: v.restoredLabel })
                          : v.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDateTime(v.frozenAt, i18n.language)}</Table.Td>
                  <Table.Td>{v.passageCount}</Table.Td>
                  <Table.Td>
                    {v.feedbackCount}
                    {v.openFeedbackCount > 0 && (
                      <Badge ml="xs" size="sm" color="orange" variant="light">
                        {t('visionVersions.openFeedback', { count: v.openFeedbackCount })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="compact-sm" variant="light" onClick={() => setViewing(v.id)}>
                        {t('visionVersions.view')} {v.label}
                      </Button>
                      {/* data-disabled, not disabled: a disabled button gets no hover, so no
                          tooltip to say why. */}
                      <Tooltip
                        label={t('visionVersions.restoreLocked')}
                        disabled={!locked}
                        events={{ hover: true, focus: true, touch: true }}
                      >
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          data-disabled={locked || undefined}
                          aria-disabled={locked || undefined}
                          onClick={() => {
                            if (!locked) confirmRestore(v);
                          }}
                        >
                          {t('visionVersions.restore')}
                        </Button>
                      </Tooltip>
                      {v.status === 'herstelpunt' && (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('visionVersions.deletePoint', { label: v.label })}
                          onClick={() => confirmRemovePoint(v)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {versions.length > 0 && <CompareView engagementId={engagementId} versions={versions} />}
      {freezing && (
        <FreezeModal
          engagementId={engagementId}
          versions={vision.versions}
          onClose={() => setFreezing(false)}
          onFrozen={() => undefined}
        />
      )}
    </Stack>
  );
}
