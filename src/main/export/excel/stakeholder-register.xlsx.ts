import type { ExportRun } from '../builder-types.js';
import {
  cellText,
  uncounted,
  type CellValue,
  type TableColumn,
  type TableSheet,
} from './excel-helpers.js';
import { excelBuilder, type ExcelTextsOf } from './excel-builder.js';

type Texts = ExcelTextsOf;

/**
 * Stakeholders by pseudonym. Names, and the consent note (free text that tends to name people),
 * appear only when the consultant chose names; the workbook then says it holds personal data.
 */
export function stakeholderSheet(run: ExportRun, texts: Texts): TableSheet {
  const { labels, t } = texts;
  const l = labels.stakeholders;
  const withNames = run.options.useNames;
  const stakeholders = [...run.snapshot.stakeholders].sort((a, b) =>
    a.pseudonym.localeCompare(b.pseudonym),
  );
  const rows: CellValue[][] = stakeholders.map((s) => [
    s.pseudonym,
    ...(withNames ? [cellText(run, s.name)] : []),
    labels.groups[s.group],
    cellText(run, s.jobTitle),
    cellText(run, s.department),
    labels.consent[s.consent],
    ...(withNames ? [cellText(run, s.consentNote)] : []),
  ]);
  const columns: TableColumn[] = [
    { header: l.pseudonym, width: 12, type: 'text' },
    ...(withNames ? [{ header: l.name, width: 28, type: 'text' } as const] : []),
    { header: l.group, width: 22, type: 'text' },
    { header: l.jobTitle, width: 32, type: 'long' },
    { header: l.department, width: 28, type: 'long' },
    { header: l.consent, width: 14, type: 'text' },
    ...(withNames ? [{ header: l.consentNote, width: 45, type: 'long' } as const] : []),
  ];
  return {
    name: t('stakeholders.sheet', { client: uncounted(run.snapshot.engagement.clientName) }),
    columns,
    rows,
  };
}

export const stakeholderRegisterBuilder = excelBuilder({
  section: 'stakeholders',
  reads: { interviews: 'none', documents: false },
  sheet: stakeholderSheet,
});
