import { Checkbox, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/domain/finding';
import type { Theme } from '../../../shared/domain/overview';
import { FindingRow } from './FindingRow';
import classes from './findings.module.css';

/**
 * Every row has the same height. Measuring rows as they render looked tighter, but each new
 * measurement rebuilt the offsets of all 30,000 rows: scrolling stuttered.
 */
export const ROW_HEIGHT = 96;

interface Props {
  engagementId: string;
  findings: readonly Finding[];
  themesById: ReadonlyMap<string, Theme>;
  selected: ReadonlySet<string>;
  highlightedId: string | null;
  onToggle(finding: Finding, shiftKey: boolean): void;
  onToggleAll(): void;
  onEdit(finding: Finding): void;
  onDelete(finding: Finding): void;
}

const estimateSize = () => ROW_HEIGHT;

/** A windowed list: only the rows in view (and a few around) are in the DOM, at any length. */
export function FindingList(props: Props) {
  const { findings, selected, highlightedId } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((index: number) => findings[index]?.id ?? index, [findings]);
  // The virtualizer hands out new functions each render, so the compiler leaves this component
  // unmemoized; that is what it needs, and it renders only the visible rows anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: findings.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
    // Stable between renders: a new function here makes the virtualizer recompute the offsets
    // of every row on every scroll frame.
    getItemKey,
  });

  const highlightIndex = useMemo(
    () => (highlightedId ? findings.findIndex((f) => f.id === highlightedId) : -1),
    [findings, highlightedId],
  );
  useEffect(() => {
    if (highlightIndex >= 0) virtualizer.scrollToIndex(highlightIndex, { align: 'center' });
  }, [highlightIndex, virtualizer]);

  const selectedShown = useMemo(
    () => findings.reduce((n, f) => n + (selected.has(f.id) ? 1 : 0), 0),
    [findings, selected],
  );
  const allShown = findings.length > 0 && selectedShown === findings.length;

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <div className={classes.listHeader}>
        <Checkbox
          checked={allShown}
          indeterminate={selectedShown > 0 && !allShown}
          onChange={props.onToggleAll}
          aria-label={t('findings.selectAll')}
        />
        <Text size="xs" fw={600} c="dimmed">
          {t('findings.statement')} · {t('findings.quote')} · {t('findings.themes')}
        </Text>
        <Text size="xs" fw={600} c="dimmed" ta="right">
          {t('findings.kind')} · {t('findings.group')} · {t('findings.source')}
        </Text>
        <span />
      </div>
      <div
        role="list"
        aria-label={t('findings.listLabel')}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const finding = findings[item.index];
          if (!finding) return null;
          return (
            <div
              key={item.key}
              role="listitem"
              aria-setsize={findings.length}
              aria-posinset={item.index + 1}
              className={classes.slot}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <FindingRow
                engagementId={props.engagementId}
                finding={finding}
                themesById={props.themesById}
                selected={selected.has(finding.id)}
                highlighted={finding.id === highlightedId}
                onToggle={props.onToggle}
                onEdit={props.onEdit}
                onDelete={props.onDelete}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
