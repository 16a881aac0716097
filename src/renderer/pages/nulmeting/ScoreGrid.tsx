import { Fragment, useRef, useState } from 'react';
import { Alert, Group, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentView, MaturityModel, ScoreFields } from '../../../shared/domain/nulmeting';
import { LevelInput, type CellMove } from './LevelInput';
import classes from './nulmeting.module.css';

export interface FocusedCell {
  respondentId: string;
  dimensionId: string;
}

interface Props {
  model: MaturityModel;
  view: AssessmentView;
  focused: FocusedCell | null;
  onFocusCell(cell: FocusedCell): void;
  onSave(respondentId: string, dimensionId: string, fields: Partial<ScoreFields>): void;
  saving: boolean;
}

type Which = 'current' | 'desired';

/**
 * The workshop grid: a row per dimension, per respondent a column for the current and one for
 * the desired level. Enter goes down the column (and on to the next column at the bottom),
 * the arrows go anywhere, Tab goes along the row; every cell saves itself when left.
 */
export function ScoreGrid({ model, view, focused, onFocusCell, onSave, saving }: Props) {
  const { t } = useTranslation();
  const cells = useRef(new Map<string, HTMLInputElement>());
  const [refused, setRefused] = useState<{ key: string; typed: string } | null>(null);
  const columns = view.respondents.flatMap((r) =>
    (['current', 'desired'] as const).map((which) => ({ respondent: r, which })),
  );
  const rows = model.dimensions;
  const scoreOf = new Map(view.scores.map((s) => [`${s.respondentId}/${s.dimensionId}`, s]));
  const keyOf = (row: number, col: number) => `${row}:${col}`;

  const move = (row: number, col: number, direction: CellMove, shift: boolean) => {
    let r = row;
    let c = col;
    if (direction === 'up') r -= 1;
    else if (direction === 'down') r += 1;
    else if (direction === 'left') c -= 1;
    else if (direction === 'right') c += 1;
    else if (shift) {
      // Shift+Enter: back up the column, to the bottom of the previous one at the top.
      r -= 1;
      if (r < 0) [r, c] = [rows.length - 1, c - 1];
    } else {
      r += 1;
      if (r >= rows.length) [r, c] = [0, c + 1];
    }
    cells.current.get(keyOf(r, c))?.focus();
  };

  const whichLabel = (which: Which) => t(`nulmeting.scores.${which}`);

  return (
    <>
      <Table.ScrollContainer minWidth={170 + columns.length * 46}>
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={2}
          horizontalSpacing={4}
          aria-label={t('nulmeting.scores.gridLabel')}
          data-testid="score-grid"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2} miw={150}>
                {t('nulmeting.dimension')}
              </Table.Th>
              {view.respondents.map((r) => (
                <Table.Th key={r.id} colSpan={2} ta="center" fz="xs">
                  {r.label}
                  <Text span c="dimmed" fz="xs" display="block">
                    {t(`nulmeting.groups.${r.group}`)}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {columns.map(({ respondent, which }) => (
                <Table.Th
                  key={`${respondent.id}/${which}`}
                  ta="center"
                  fz="xs"
                  fw={500}
                  className={which === 'desired' ? classes.desiredCell : undefined}
                >
                  {t(`nulmeting.scores.${which}Short`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((dimension, row) => (
              <Table.Tr
                key={dimension.id}
                className={focused?.dimensionId === dimension.id ? classes.focusedRow : undefined}
              >
                <Table.Th scope="row" fz="sm" fw={500}>
                  {dimension.name}
                </Table.Th>
                {columns.map(({ respondent, which }, col) => {
                  const key = keyOf(row, col);
                  const score = scoreOf.get(`${respondent.id}/${dimension.id}`);
                  return (
                    <Fragment key={key}>
                      <Table.Td
                        p={2}
                        className={which === 'desired' ? classes.desiredCell : undefined}
                      >
                        <LevelInput
                          ref={(el) => {
                            if (el) cells.current.set(key, el);
                            else cells.current.delete(key);
                          }}
                          value={score?.[which] ?? null}
                          label={t('nulmeting.scores.cellLabel', {
                            respondent: respondent.label,
                            dimension: dimension.name,
                            which: whichLabel(which),
                          })}
                          onFocus={() =>
                            onFocusCell({ respondentId: respondent.id, dimensionId: dimension.id })
                          }
                          onCommit={(value) =>
                            onSave(respondent.id, dimension.id, { [which]: value })
                          }
                          onInvalid={(typed) => setRefused({ key, typed })}
                          onValid={() => setRefused((now) => (now?.key === key ? null : now))}
                          onMove={(direction, shift) => move(row, col, direction, shift)}
                        />
                      </Table.Td>
                    </Fragment>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="xs" mih={20}>
        {saving ? (
          <>
            <Loader size="xs" aria-hidden />
            <Text size="xs" c="dimmed" role="status">
              {t('nulmeting.scores.saving')}
            </Text>
          </>
        ) : (
          <Text size="xs" c="dimmed" role="status">
            {t('nulmeting.scores.saved')}
          </Text>
        )}
      </Group>
      {refused && (
        <Alert color="red" role="alert" title={t('nulmeting.scores.refusedTitle')}>
          {t('nulmeting.scores.refused', { typed: refused.typed })}
        </Alert>
      )}
    </>
  );
}
