import { Button, Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './autosave';

interface Props {
  state: SaveState;
  errorMessage: string;
  onRetry: () => void;
  /** Shown before anything was typed; notes by default. */
  idleText?: string;
}

/** One line for the whole interview; a polite live region, so screen readers hear "Opgeslagen". */
export function SaveIndicator({ state, errorMessage, onRetry, idleText }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" miw={200} justify="flex-end">
      {state === 'idle' && (
        <Text size="sm" c="dimmed">
          {idleText ?? t('notes.saveIdle')}
        </Text>
      )}
      {state === 'dirty' && (
        <Text size="sm" c="yellow.9">
          {t('notes.saveDirty')}
        </Text>
      )}
      {state === 'saving' && (
        <>
          <Loader size={14} aria-hidden />
          <Text size="sm" c="dimmed">
            {t('notes.saveSaving')}
          </Text>
        </>
      )}
      {state === 'saved' && (
        <>
          <IconCheck aria-hidden size={16} color="var(--mantine-color-teal-7)" />
          <Text size="sm" c="teal.8">
            {t('notes.saveSaved')}
          </Text>
        </>
      )}
      {state === 'failed' && (
        <Tooltip label={t('notes.saveFailedHint', { message: errorMessage })} multiline w={320}>
          <Button
            size="compact-sm"
            color="red"
            variant="light"
            leftSection={<IconAlertTriangle aria-hidden size={16} />}
            onClick={onRetry}
          >
            {t('notes.saveFailed')}
          </Button>
        </Tooltip>
      )}
    </Group>
  );
}
