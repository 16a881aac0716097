import {
  ActionIcon,
  Anchor,
  Checkbox,
  Group,
  Menu,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { IconDots, IconPencil, IconRoute, IconTrash } from '@tabler/icons-react';
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/domain/finding';
import type { Theme } from '../../../shared/domain/overview';
import { quoted } from '../../../shared/text/quote';
import { traceFindingHref } from '../../app/router';
import { KindBadge } from './KindBadge';
import { sourceHref } from './source-href';
import { sourceLabel } from './source-label';
import { ThemeChip } from './ThemeChip';
import classes from './findings.module.css';

interface Props {
  engagementId: string;
  finding: Finding;
  themesById: ReadonlyMap<string, Theme>;
  selected: boolean;
  highlighted: boolean;
  /** Shift-click selects the range from the last clicked row. */
  onToggle(finding: Finding, shiftKey: boolean): void;
  onEdit(finding: Finding): void;
  onDelete(finding: Finding): void;
}

const ignore = () => undefined;

/** Memoised: scrolling re-renders the list, and only rows entering the window need rendering. */
export const FindingRow = memo(function FindingRow(props: Props) {
  const { finding, themesById, selected, engagementId } = props;
  const { t } = useTranslation();
  const source = sourceLabel(t, finding.source);
  const href = sourceHref(engagementId, finding.source);
  const quote = quoted(finding.quote);
  const hasQuote = quote !== '';
  const themes = finding.themeIds.flatMap((id) => themesById.get(id) ?? []);

  return (
    <div
      className={classes.row}
      data-selected={selected || undefined}
      data-highlighted={props.highlighted || undefined}
      data-finding-id={finding.id}
    >
      <Checkbox
        className={classes.check}
        checked={selected}
        aria-label={t('findings.selectRow', { statement: finding.statement.slice(0, 80) })}
        // Toggled on click, which Space fires too, because only the click knows about Shift.
        onClick={(e: MouseEvent<HTMLInputElement>) => props.onToggle(finding, e.shiftKey)}
        onChange={ignore}
      />
      <div className={classes.main}>
        <UnstyledButton className={classes.statement} onClick={() => props.onEdit(finding)}>
          {/* Two lines, or one when a quote follows: every row keeps the list's fixed height. */}
          <Text fw={600} size="sm" lineClamp={hasQuote ? 1 : 2} title={finding.statement}>
            {finding.statement}
          </Text>
        </UnstyledButton>
        {hasQuote && (
          <Text size="sm" c="dimmed" fs="italic" lineClamp={1} className={classes.quote}>
            {quote}
          </Text>
        )}
        <Group gap={6} wrap="nowrap" className={classes.meta}>
          {themes.map((theme) => (
            <ThemeChip key={theme.id} theme={theme} />
          ))}
        </Group>
      </div>
      <div className={classes.side}>
        <Group gap={6} wrap="nowrap" justify="flex-end">
          <KindBadge kind={finding.kind} />
          <Tooltip label={t('importance.label')}>
            <Text
              size="xs"
              c="dimmed"
              className={classes.importance}
              data-level={finding.importance}
            >
              {t(`importance.${String(finding.importance) as '1' | '2' | '3'}`)}
            </Text>
          </Tooltip>
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {finding.group ? t(`groups.${finding.group}`) : t('findings.noGroup')}
        </Text>
        {href ? (
          <Anchor
            href={href}
            size="xs"
            truncate
            aria-label={t('findings.openSource', { source })}
            className={classes.source}
          >
            {source}
          </Anchor>
        ) : (
          <Text size="xs" c="dimmed" truncate>
            {source}
          </Text>
        )}
      </div>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={t('findings.rowActions')}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => props.onEdit(finding)}
          >
            {t('actions.edit')}
          </Menu.Item>
          {/* Step 4's trace view: from this finding to the vision passages it supports. */}
          <Menu.Item
            component="a"
            href={traceFindingHref(engagementId, finding.id)}
            leftSection={<IconRoute size={16} aria-hidden />}
          >
            {t('trace.action')}
          </Menu.Item>
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => props.onDelete(finding)}
          >
            {t('actions.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </div>
  );
});
