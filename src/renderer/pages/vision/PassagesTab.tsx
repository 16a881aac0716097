import { Button, EmptyState, Grid, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconChevronDown, IconCompass, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  VISION_PASSAGE_KINDS,
  type Vision,
  type VisionPassage,
  type VisionPassageKind,
} from '../../../shared/domain/vision';
import { useCoreMutation } from '../../api/core-hooks';
import { useThemes } from '../../api/findings-queries';
import { useUndoNotification } from '../../components/use-undo-notification';
import { ChecksPanel } from './ChecksPanel';
import { PassageCard } from './PassageCard';
import { groupPassages, insertPosition, neighbourPosition, passageAnchor } from './vision-view';
import { VISION_READS, useWethouders } from './vision-queries';
import classes from './vision.module.css';

interface Props {
  engagementId: string;
  vision: Vision;
  /** Adopted (step 4): the passages are shown read-only, without add, move or delete. */
  locked: boolean;
}

/** Scrolls to a passage's card, puts the cursor in its title and marks it for a moment. */
export function goToPassage(passageId: string, flash = true) {
  const card = document.getElementById(passageAnchor(passageId));
  if (!card) return;
  card.scrollIntoView({ behavior: 'smooth', block: 'start' });
  card.querySelector<HTMLInputElement>('input[data-field="title"]')?.focus({ preventScroll: true });
  if (!flash) return;
  card.classList.add(classes.flash!);
  window.setTimeout(() => card.classList.remove(classes.flash!), 1500);
}

/** The working copy's passages, grouped by kind, with the checks beside them. */
export function PassagesTab({ engagementId, vision, locked }: Props) {
  const { t } = useTranslation();
  const themes = useThemes(engagementId);
  const wethouders = useWethouders(engagementId);
  const notifyUndoable = useUndoNotification(engagementId);
  const create = useCoreMutation('visionPassage:create', {
    invalidates: VISION_READS,
    onSuccess: (passage) => window.setTimeout(() => goToPassage(passage.id, false), 150),
  });
  const move = useCoreMutation('visionPassage:move', { invalidates: VISION_READS });
  const remove = useCoreMutation('visionPassage:delete', { invalidates: VISION_READS });
  const passages = vision.passages;
  const groups = groupPassages(passages);

  const add = (kind: VisionPassageKind) =>
    create.mutate({
      engagementId,
      fields: {
        kind,
        title: t('vision.newTitle', { kind: t(`visionKinds.${kind}`).toLowerCase() }),
      },
      position: insertPosition(passages, kind),
    });

  const onMove = (passage: VisionPassage, direction: 'up' | 'down') => {
    const position = neighbourPosition(passages, passage.id, direction);
    if (position === null) return;
    move.mutate(
      { engagementId, id: passage.id, position },
      // Keep the keyboard on the passage that moved.
      {
        onSuccess: () =>
          window.setTimeout(() => document.getElementById(passageAnchor(passage.id))?.focus(), 100),
      },
    );
  };

  const onDelete = (passage: VisionPassage) => {
    const title = passage.title || t(`visionKinds.${passage.kind}`);
    modals.openConfirmModal({
      title: t('vision.deleteTitle', { title }),
      children: <Text size="sm">{t('vision.deleteText')}</Text>,
      labels: { confirm: t('actions.delete'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(
          { engagementId, id: passage.id },
          {
            onSuccess: (removed) =>
              notifyUndoable(t('vision.deleted', { title }), removed.undoToken),
          },
        ),
    });
  };

  const addMenu = (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          rightSection={<IconChevronDown size={16} aria-hidden />}
          loading={create.isPending}
        >
          {t('vision.addPassage')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {VISION_PASSAGE_KINDS.map((kind) => (
          <Menu.Item key={kind} onClick={() => add(kind)}>
            <Text size="sm" fw={500}>
              {t(`visionKinds.${kind}`)}
            </Text>
            <Text size="xs" c="dimmed" maw={320}>
              {t(`visionKindHints.${kind}`)}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );

  if (passages.length === 0)
    return (
      <EmptyState
        withIndicatorBackground
        icon={<IconCompass aria-hidden />}
        title={t('vision.emptyTitle')}
        description={t('vision.emptyText')}
        py="xl"
      >
        {!locked && (
          <Group justify="center" mt="md">
            <Button onClick={() => add('kernvisie')} loading={create.isPending}>
              {t('vision.writeKernvisie')}
            </Button>
            {addMenu}
          </Group>
        )}
      </EmptyState>
    );

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="lg">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('vision.count', { count: passages.length })}
            </Text>
            {!locked && addMenu}
          </Group>
          {groups.map((group) => (
            <Stack
              key={group.kind}
              gap="sm"
              component="section"
              aria-label={t(`visionKinds.${group.kind}`)}
            >
              <Title order={3} size="h4">
                {t(`visionKinds.${group.kind}`)}
              </Title>
              {group.passages.map((passage, index) => (
                <PassageCard
                  key={passage.id}
                  engagementId={engagementId}
                  passage={passage}
                  locked={locked}
                  themes={themes.data ?? []}
                  wethouders={wethouders.data ?? []}
                  canMoveUp={index > 0}
                  canMoveDown={index < group.passages.length - 1}
                  onMove={(direction) => onMove(passage, direction)}
                  onDelete={() => onDelete(passage)}
                />
              ))}
            </Stack>
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <div className={classes.checksColumn}>
          <ChecksPanel checks={vision.checks} passages={passages} onGoTo={goToPassage} />
        </div>
      </Grid.Col>
    </Grid>
  );
}
