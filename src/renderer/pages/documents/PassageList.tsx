import { useRef, type KeyboardEvent } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconBulb, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Passage } from '../../../shared/domain/document';
import { modKeyLabel } from '../../components/platform';
import classes from './documents.module.css';
import { quoteFrom } from './passage-selection';

interface Props {
  passages: Passage[];
  onEdit: (passage: Passage) => void;
  onDelete: (passage: Passage) => void;
  onMakeFinding: (passage: Passage, quote: string) => void;
}

export function PassageList({ passages, onEdit, onDelete, onMakeFinding }: Props) {
  const { t } = useTranslation();
  if (passages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('passages.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {passages.map((passage, index) => (
        <PassageCard
          key={passage.id}
          passage={passage}
          number={index + 1}
          onEdit={onEdit}
          onDelete={onDelete}
          onMakeFinding={onMakeFinding}
        />
      ))}
    </Stack>
  );
}

function PassageCard({
  passage,
  number,
  onEdit,
  onDelete,
  onMakeFinding,
}: Omit<Props, 'passages'> & { passage: Passage; number: number }) {
  const { t } = useTranslation();
  const mod = modKeyLabel();
  const textRef = useRef<HTMLQuoteElement>(null);
  const make = () => onMakeFinding(passage, quoteFrom(textRef.current, window.getSelection()));

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      make();
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-label={`${t('passages.text')} ${number}`}
    >
      <Stack gap={6}>
        <blockquote
          ref={textRef}
          className={classes.passageText}
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-keyshortcuts={mod === '⌘' ? 'Meta+Shift+F' : 'Control+Shift+F'}
        >
          {passage.text}
        </blockquote>
        {passage.note && (
          <Text size="sm" c="dimmed">
            {passage.note}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            {passage.page !== null ? t('passages.pageShort', { page: passage.page }) : ''}
          </Text>
          <Group gap={4}>
            <Tooltip label={`${t('notes.makeFindingHint')} (${mod}+Shift+F)`}>
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconBulb aria-hidden size={16} />}
                // Keep the selection in the passage: pressing the button must not clear it.
                onMouseDown={(e) => e.preventDefault()}
                onClick={make}
              >
                {t('notes.makeFinding')}
              </Button>
            </Tooltip>
            <Tooltip label={t('passages.editOne')}>
              <ActionIcon
                variant="subtle"
                aria-label={t('passages.editOne')}
                onClick={() => onEdit(passage)}
              >
                <IconPencil aria-hidden size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('passages.deleteOne')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('passages.deleteOne')}
                onClick={() => onDelete(passage)}
              >
                <IconTrash aria-hidden size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
