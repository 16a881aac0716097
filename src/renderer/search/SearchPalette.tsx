import { Center, Group, Kbd, Loader, Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../shared/domain/search';
import { useSearch } from '../api/search-queries';
import { isKoersError } from '../api/koers-error';
import { navigate } from '../app/router';
import { modKeyLabel } from '../components/platform';
import { requestFindingsFocus } from '../pages/findings/findings-focus';
import { groupHits } from './group-hits';
import { searchTarget } from './search-target';
import { splitSnippet } from './snippet';
import classes from './search.module.css';

interface Props {
  engagementId: string;
  opened: boolean;
  onClose(): void;
}

/** Ctrl/Cmd+K: search the whole engagement and jump to the exact place of a hit. */
export function SearchPalette(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      withCloseButton={false}
      size={680}
      yOffset="10vh"
      title={undefined}
      aria-label={t('palette.label')}
      padding="md"
    >
      {props.opened && <Palette {...props} />}
    </Modal>
  );
}

function Palette({ engagementId, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 120);
  const search = useSearch(engagementId, debounced);
  const [activeIndex, setActiveIndex] = useState(0);

  const active = debounced.length >= 2;
  const hits = useMemo(() => (active ? (search.data ?? []) : []), [active, search.data]);
  // Grouped by kind in a fixed order; `ordered` is the keyboard order across the groups.
  const groups = useMemo(() => groupHits(hits), [hits]);
  const ordered = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const current = Math.min(activeIndex, Math.max(0, ordered.length - 1));
  const optionId = (index: number) => `${id}-option-${index}`;

  const open = (hit: SearchHit) => {
    const target = searchTarget(engagementId, hit);
    if ('findingId' in target) requestFindingsFocus({ findingId: target.findingId });
    onClose();
    navigate(target.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (ordered.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = (current + step + ordered.length) % ordered.length;
      setActiveIndex(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = ordered[current];
      if (hit) open(hit);
    }
  };

  let body;
  if (!active) {
    body = (
      <Center py="lg" style={{ flexDirection: 'column', gap: 4 }}>
        <Text fw={600}>{t('palette.emptyTitle')}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {t('palette.emptyText')}
        </Text>
      </Center>
    );
  } else if (search.isError) {
    body = (
      <Text c="red" size="sm" py="md" role="alert">
        {isKoersError(search.error) ? search.error.message : t('errors.unexpected')}
      </Text>
    );
  } else if (
    !search.data ||
    (search.isFetching && search.isPlaceholderData && ordered.length === 0)
  ) {
    body = (
      <Center py="lg">
        <Loader size="sm" aria-label={t('palette.searching')} />
      </Center>
    );
  } else if (ordered.length === 0) {
    body = (
      <Text c="dimmed" size="sm" py="lg" ta="center" role="status">
        {t('palette.noResults', { query: debounced })}
      </Text>
    );
  } else {
    body = (
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('palette.results')}
        className={classes.results}
      >
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
            <div id={`${id}-${group.kind}`} className={classes.groupLabel} role="presentation">
              {t(`palette.kinds.${group.kind}`)}
            </div>
            {group.hits.map((hit, n) => {
              const i = group.start + n;
              return (
                <div
                  key={`${hit.kind}-${hit.id}-${hit.questionId ?? ''}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === current}
                  className={classes.option}
                  onMouseMove={() => i !== current && setActiveIndex(i)}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => open(hit)}
                >
                  <HitTitle hit={hit} />
                  <Snippet snippet={hit.snippet} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
    );
  }

  return (
    <div>
      <TextInput
        data-autofocus
        size="md"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
        placeholder={t('palette.placeholder')}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={search.isFetching && active ? <Loader size={16} /> : null}
        aria-label={t('palette.label')}
        role="combobox"
        aria-expanded={ordered.length > 0}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={ordered.length > 0 ? optionId(current) : undefined}
        mb="xs"
      />
      {body}
      <Group justify="space-between" className={classes.footer}>
        <Text size="xs" c="dimmed">
          {t('palette.navigate')}
        </Text>
        <Text size="xs" c="dimmed">
          <Kbd size="xs">{modKeyLabel()}</Kbd> + <Kbd size="xs">K</Kbd>
        </Text>
      </Group>
    </div>
  );
}

/** Notes are named by their interview first, then the question; other hits by their own title. */
function HitTitle({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const notes = hit.kind === 'interview-notes';
  const primary = notes ? (hit.parentTitle ?? hit.title) : hit.title;
  const secondary = notes ? hit.title || t('palette.freeNotes') : hit.parentTitle;
  return (
    <Group gap={8} wrap="nowrap" justify="space-between">
      <Text size="sm" fw={600} truncate style={{ flexShrink: 0, maxWidth: '55%' }}>
        {primary}
      </Text>
      {secondary && secondary !== primary && (
        <Text size="xs" c="dimmed" truncate>
          {secondary}
        </Text>
      )}
    </Group>
  );
}

function Snippet({ snippet }: { snippet: string }) {
  return (
    <div className={classes.snippet}>
      {splitSnippet(snippet).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </div>
  );
}
