import { VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { FindingMatrix } from '../../../shared/domain/finding';
import { isGroupColumn, type MatrixColumn } from '../../../shared/domain/finding-matrix';
import { rotateHeads } from './header-layout';
import { heat } from './heat';
import classes from './matrix.module.css';

export interface MatrixCell {
  themeId: string;
  group: MatrixColumn;
}

interface Props {
  matrix: FindingMatrix;
  active: MatrixCell | null;
  onOpen(cell: MatrixCell): void;
}

/** Themes down, stakeholder groups across: a real table, each non-empty cell a button. */
export function MatrixTable({ matrix, active, onOpen }: Props) {
  const { t } = useTranslation();
  const name = (c: MatrixColumn) =>
    isGroupColumn(c) ? t(`groups.${c}`) : t(`matrix.sources.${c}`);
  const count = (themeId: string, group: MatrixColumn) => matrix.counts[themeId]?.[group] ?? 0;
  const rowTotal = (themeId: string) => matrix.groups.reduce((n, g) => n + count(themeId, g), 0);
  const columnTotal = (group: MatrixColumn) =>
    matrix.themes.reduce((n, theme) => n + count(theme.id, group), 0);
  const max = Math.max(
    0,
    ...matrix.themes.flatMap((theme) => matrix.groups.map((g) => count(theme.id, g))),
  );
  const grandTotal = matrix.groups.reduce((n, g) => n + columnTotal(g), 0);
  const heads = matrix.groups.map((group) => t(`matrix.groupHeads.${group}`));
  // Level heads as wide as their longest word when they fit; otherwise turned upright.
  const { ref, width } = useElementSize();
  const rotated = rotateHeads(heads, width);

  return (
    <div className={classes.wrap} ref={ref}>
      <table className={classes.table} data-heads={rotated ? 'upright' : 'level'}>
        <caption>{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className={classes.themeHead}>
              {t('matrix.theme')}
            </th>
            {matrix.groups.map((group, index) => (
              <th key={group} scope="col" className={classes.groupHead}>
                <span className={classes.headText}>{heads[index]}</span>
              </th>
            ))}
            <th scope="col" className={classes.totalHead}>
              {t('matrix.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.themes.map((theme) => {
            const total = rowTotal(theme.id);
            return (
              <tr key={theme.id}>
                <th scope="row" className={classes.themeCell} title={theme.name}>
                  <span className={classes.dot} style={{ background: theme.color }} aria-hidden />
                  {theme.name}
                </th>
                {matrix.groups.map((group) => {
                  const n = count(theme.id, group);
                  const label = t('matrix.cell', {
                    count: n,
                    theme: theme.name,
                    group: name(group),
                  });
                  const shade = heat(n, max);
                  return (
                    <td key={group} className={classes.cell}>
                      {n === 0 || !shade ? (
                        <span className={classes.zero}>
                          <span aria-hidden>·</span>
                          <VisuallyHidden>{label}</VisuallyHidden>
                        </span>
                      ) : (
                        <button
                          type="button"
                          className={classes.button}
                          style={shade}
                          aria-label={label}
                          data-active={
                            active?.themeId === theme.id && active.group === group
                              ? true
                              : undefined
                          }
                          onClick={() => onOpen({ themeId: theme.id, group })}
                        >
                          {n}
                        </button>
                      )}
                    </td>
                  );
                })}
                <td
                  className={classes.total}
                  aria-label={t('matrix.rowTotal', { count: total, theme: theme.name })}
                >
                  {total}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className={classes.footRow}>
            <th scope="row" className={classes.themeCell}>
              {t('matrix.total')}
            </th>
            {matrix.groups.map((group) => {
              const total = columnTotal(group);
              return (
                <td
                  key={group}
                  className={classes.total}
                  aria-label={t('matrix.columnTotal', {
                    count: total,
                    group: name(group),
                  })}
                >
                  {total}
                </td>
              );
            })}
            <td className={classes.total}>{grandTotal}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
