import { Checkbox, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/domain/finding';
import type { Theme } from '../../../shared/domain/overview';
import { FindingRow } from './FindingRow';
import classes from './findings.module.css';

/** A first guess; each row's real height is measured when it renders. */
export const ROW_HEIGHT = 86;

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

/** A windowed list: only the rows in view (and a few around) are in the DOM, at any length. */
export function FindingList(props: Props) {
  const { findings, selected, highlightedId } = props;
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer hands out new functions each render, so the compiler leaves this component
  // unmemoized; that is what it needs, and it renders only the visible rows anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: findings.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows differ (with or without a quote, one or two lines): measured once they render.
    measureElement: (element) => element.getBoundingClientRect().height,
    overscan: 6,
    getItemKey: (index) => findings[index]?.id ?? index,
  });

  const highlightIndex = highlightedId ? findings.findIndex((f) => f.id === highlightedId) : -1;
  useEffect(() => {
    if (highlightIndex >= 0) virtualizer.scrollToIndex(highlightIndex, { align: 'center' });
  }, [highlightIndex, virtualizer]);

  const selectedShown = findings.reduce((n, f) => n + (selected.has(f.id) ? 1 : 0), 0);
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
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={classes.slot}
              style={{ transform: `translateY(${item.start}px)` }}
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
