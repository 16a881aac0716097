import { INTERVIEW_STATUSES } from '../../../shared/domain/interview.js';
import type { ExportRun } from '../builder-types.js';
import {
  cellText,
  excelDay,
  excelLocalDateTime,
  uncounted,
  type CellValue,
  type TableColumn,
  type TableSheet,
} from './excel-helpers.js';
import { excelBuilder, type ExcelTextsOf } from './excel-builder.js';

type Texts = ExcelTextsOf;

export function interviewSheet(run: ExportRun, texts: Texts): TableSheet {
  const { labels, t } = texts;
  const l = labels.interviews;
  const interviews = [...run.snapshot.interviews].sort((a, b) =>
    (a.scheduledAt ?? '9999').localeCompare(b.scheduledAt ?? '9999'),
  );
  const rows: CellValue[][] = interviews.map((interview) => {
    const people = interview.participants.map((p) =>
      run.options.useNames ? `${cellText(run, p.name)} (${p.pseudonym})` : p.pseudonym,
    );
    const groups = [...new Set(interview.participants.map((p) => p.group))].map(
      (g) => labels.groups[g],
    );
    return [
      excelLocalDateTime(interview.scheduledAt),
      cellText(run, interview.title),
      people.join(', '),
      groups.join(', '),
      cellText(run, interview.interviewers.join(', ')),
      cellText(run, interview.location),
      labels.interviewStatus[interview.status],
      interview.findingCount,
      ...INTERVIEW_STATUSES.map((status) => excelDay(interview.statusDates[status])),
    ];
  });
  const columns: TableColumn[] = [
    { header: l.date, width: 17, type: 'dateTime' },
    { header: l.title, width: 40, type: 'long' },
    { header: l.interviewees, width: run.options.useNames ? 40 : 18, type: 'long' },
    { header: l.groups, width: 22, type: 'long' },
    { header: l.interviewers, width: 28, type: 'long' },
    { header: l.location, width: 22, type: 'long' },
    { header: l.status, width: 14, type: 'text' },
    { header: l.findings, width: 12, type: 'number' },
    ...INTERVIEW_STATUSES.map((status): TableColumn => ({
      header: t('interviews.statusDate', { status: labels.interviewStatus[status] }),
      width: 15,
      type: 'date',
    })),
  ];
  return {
    name: t('interviews.sheet', { client: uncounted(run.snapshot.engagement.clientName) }),
    columns,
    rows,
  };
}

export const interviewLogBuilder = excelBuilder({
  section: 'interviews',
  reads: { interviews: 'all', documents: false },
  sheet: interviewSheet,
});
