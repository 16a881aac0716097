import { Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modKeyLabel } from '../components/platform';
import { SearchPalette } from './SearchPalette';

/**
 * The header's search button and the palette's shortcut. Listens in the capture phase, so
 * Ctrl/Cmd+K works from inside text fields and the notes editor too.
 */
export function SearchLauncher({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        (event.ctrlKey || event.metaKey) &&
        !event.altKey &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'k'
      ) {
        event.preventDefault();
        event.stopPropagation();
        setOpened(true);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={
          <Kbd size="xs" aria-hidden>
            {t('palette.hint', { mod: modKeyLabel() })}
          </Kbd>
        }
        onClick={() => setOpened(true)}
        aria-keyshortcuts="Control+K Meta+K"
      >
        {t('palette.open')}
      </Button>
      <SearchPalette engagementId={engagementId} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
