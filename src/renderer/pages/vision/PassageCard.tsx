import { useState, type KeyboardEvent } from 'react';
import {
  ActionIcon,
  Badge,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconRoute, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { VisionPassage, VisionPassageFields } from '../../../shared/domain/vision';
import { callCore, useCoreCache } from '../../api/core-hooks';
import { tracePassageHref } from '../../app/router';
import { SaveIndicator } from '../interviews/SaveIndicator';
import { useAutosave } from '../sessions/use-autosave';
import { LinkedFindings } from './LinkedFindings';
import { passageAnchor } from './vision-view';
import { VISION_READS } from './vision-queries';
import classes from './vision.module.css';

type Editable = Omit<VisionPassageFields, 'kind'>;

const editableOf = (p: VisionPassage): Editable => ({
  title: p.title,
  body: p.body,
  forInhabitants: p.forInhabitants,
  forStaff: p.forStaff,
  forBoard: p.forBoard,
  themeId: p.themeId,
  portfolioHolderId: p.portfolioHolderId,
});

interface Props {
  engagementId: string;
  passage: VisionPassage;
  /**
   * Adopted (step 4): the text stays readable and selectable (readOnly, not disabled), the
   * choices are disabled and move and delete are gone.
   */
  locked: boolean;
  themes: { id: string; name: string }[];
  wethouders: { id: string; name: string }[];
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => void;
}

/** One passage: its fields saved while typing, its supporting findings, move and delete. */
export function PassageCard(props: Props) {
  const { engagementId, passage, locked, themes, wethouders } = props;
  const { t } = useTranslation();
  const cache = useCoreCache();
  // Read once (the card's key is the passage): what is typed stays whatever the cache does.
  const [fields, setFields] = useState<Editable>(() => editableOf(passage));
  const autosave = useAutosave<Editable>(async (content) => {
    const { title, ...rest } = content;
    await callCore('visionPassage:update', {
      engagementId,
      id: passage.id,
      // An emptied title is not saved: the passage keeps its last one.
      fields: { ...rest, ...(title.trim() !== '' && { title: title.trim() }) },
    });
    // The checks and the poster read the text: refresh them.
    void cache.invalidate(VISION_READS, { engagementId });
  });
  const set = <K extends keyof Editable>(key: K, value: Editable[K], now = false) =>
    setFields((current) => {
      const next = { ...current, [key]: value };
      autosave.saver.change(next);
      if (now) void autosave.saver.flush();
      return next;
    });
  const flush = () => void autosave.saver.flush();
  const kindName = t(`visionKinds.${passage.kind}`);
  const name = fields.title.trim() || kindName;
  const isTheme = passage.kind === 'themavisie';
  // The shared props of the text fields: grey and read-only while the vision is adopted.
  const textProps = { readOnly: locked, variant: locked ? 'filled' : 'default' } as const;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || locked) return;
    if (event.key === 'ArrowUp' && props.canMoveUp) {
      event.preventDefault();
      flush();
      props.onMove('up');
    } else if (event.key === 'ArrowDown' && props.canMoveDown) {
      event.preventDefault();
      flush();
      props.onMove('down');
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      id={passageAnchor(passage.id)}
      className={classes.passage}
      component="article"
      aria-label={`${kindName}: ${name}`}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Badge variant="light">{kindName}</Badge>
            <SaveIndicator
              state={autosave.state}
              errorMessage={autosave.error}
              onRetry={flush}
              idleText={locked ? t('vision.lockedIdle') : t('vision.saveIdle')}
            />
          </Group>
          <Group gap={4} wrap="nowrap">
            {!locked && (
              <>
                <Tooltip label={t('vision.moveHint')}>
                  <ActionIcon
                    variant="subtle"
                    disabled={!props.canMoveUp}
                    aria-label={t('vision.moveUp', { title: name })}
                    onClick={() => props.onMove('up')}
                  >
                    <IconArrowUp size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
                <ActionIcon
                  variant="subtle"
                  disabled={!props.canMoveDown}
                  aria-label={t('vision.moveDown', { title: name })}
                  onClick={() => props.onMove('down')}
                >
                  <IconArrowDown size={18} aria-hidden />
                </ActionIcon>
              </>
            )}
            {/* Step 4's trace view: back from this passage to its evidence. */}
            <Tooltip label={t('trace.tracePassage')}>
              <ActionIcon
                variant="subtle"
                component="a"
                href={tracePassageHref(engagementId, passage.id)}
                aria-label={`${t('trace.tracePassage')}: ${name}`}
              >
                <IconRoute size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
            {!locked && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('vision.deletePassage', { title: name })}
                onClick={() => {
                  autosave.dispose();
                  props.onDelete();
                }}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        </Group>
        <TextInput
          label={t('vision.passageTitle')}
          value={fields.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          onBlur={flush}
          maxLength={300}
          {...textProps}
          error={fields.title.trim() === '' ? t('vision.titleRequired') : null}
          data-field="title"
        />
        <Textarea
          label={t('vision.body')}
          placeholder={t('vision.bodyPlaceholder')}
          value={fields.body}
          onChange={(e) => set('body', e.currentTarget.value)}
          onBlur={flush}
          autosize
          minRows={passage.kind === 'kernvisie' ? 3 : 2}
          {...textProps}
        />
        {isTheme && (
          <>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              {(['forInhabitants', 'forStaff', 'forBoard'] as const).map((key) => (
                <Textarea
                  key={key}
                  label={t(`vision.${key}`)}
                  value={fields[key]}
                  onChange={(e) => set(key, e.currentTarget.value)}
                  onBlur={flush}
                  autosize
                  minRows={2}
                  {...textProps}
                />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('vision.theme')}
                description={t('vision.themeHint')}
                placeholder={t('vision.noTheme')}
                data={themes.map((theme) => ({ value: theme.id, label: theme.name }))}
                value={fields.themeId}
                onChange={(value) => set('themeId', value, true)}
                disabled={locked}
                clearable
                searchable
              />
              <Select
                label={t('vision.portfolioHolder')}
                description={t('vision.portfolioHint')}
                placeholder={wethouders.length === 0 ? t('vision.noPortfolioHolders') : undefined}
                data={wethouders.map((w) => ({ value: w.id, label: w.name }))}
                value={fields.portfolioHolderId}
                onChange={(value) => set('portfolioHolderId', value, true)}
                disabled={locked || (wethouders.length === 0 && fields.portfolioHolderId === null)}
                clearable
              />
            </SimpleGrid>
          </>
        )}
        <LinkedFindings engagementId={engagementId} passage={passage} name={name} locked={locked} />
      </Stack>
    </Paper>
  );
}
