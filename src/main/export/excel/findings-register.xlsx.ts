import type { Finding } from '../../../shared/domain/finding.js';
import type { ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { cellText, excelDay, uncounted, type CellValue, type TableSheet } from './excel-helpers.js';
import { excelBuilder, type ExcelTextsOf } from './excel-builder.js';

type Texts = ExcelTextsOf;

/** Where a finding comes from, naming people only by pseudonym (findings never carry names). */
function sourceText(finding: Finding, texts: Texts): string {
  const { source } = finding;
  const { labels, t } = texts;
  if (source.type === 'interview') {
    const people =
      source.pseudonyms.length > 0
        ? source.pseudonyms.join(', ')
        : labels.findings.sourceInterviewNobody;
    // t is memoised (export-i18n.ts): findings from the same question give the same text, so
    // a register of 30,000 rows asks i18next once per distinct source, not once per row.
    return source.questionNumber !== null
      ? t('findings.sourceQuestion', { people, number: source.questionNumber })
      : t('findings.sourceFreeNotes', { people });
  }
  if (source.type === 'passage') {
    const title = source.documentTitle ?? '';
    return source.page !== null ? t('findings.sourcePage', { title, page: source.page }) : title;
  }
  if (source.type === 'session' && source.session) {
    return t('findings.sourceSession', {
      title: source.session.sessionTitle ?? '',
      part: source.session.partTitle ?? '',
      round: source.session.round ?? 1,
    });
  }
  return labels.findings.sourceDirect;
}

export function findingsSheet(run: ExportRun, texts: Texts): TableSheet {
  const { labels, t } = texts;
  const l = labels.findings;
  const themeNames = new Map(
    run.snapshot.themes.map((theme) => [theme.id, cellText(run, theme.name)]),
  );
  const rows: CellValue[][] = [];
  const findings = run.snapshot.findings;
  findings.forEach((finding, index) => {
    if (index % 5_000 === 4_999) {
      checkAborted(run.signal);
      run.progress((0.3 * index) / findings.length);
    }
    rows.push([
      index + 1,
      cellText(run, finding.statement),
      cellText(run, finding.quote),
      labels.kinds[finding.kind],
      finding.themeIds.flatMap((id) => themeNames.get(id) ?? []).join(', '),
      finding.group ? labels.groups[finding.group] : '',
      cellText(run, sourceText(finding, texts)),
      labels.importance[String(finding.importance) as '1' | '2' | '3'] ?? finding.importance,
      excelDay(finding.createdAt),
      finding.id,
    ]);
  });
  return {
    name: t('findings.sheet', { client: uncounted(run.snapshot.engagement.clientName) }),
    columns: [
      { header: l.number, width: 7, type: 'number' },
      { header: l.statement, width: 50, type: 'long' },
      { header: l.quote, width: 60, type: 'long' },
      { header: l.kind, width: 18, type: 'text' },
      { header: l.themes, width: 28, type: 'long' },
      { header: l.group, width: 18, type: 'text' },
      { header: l.source, width: 30, type: 'long' },
      { header: l.importance, width: 10, type: 'text' },
      { header: l.date, width: 12, type: 'date' },
      { header: l.id, width: 38, type: 'text' },
    ],
    rows,
  };
}

export const findingsRegisterBuilder = excelBuilder({
  section: 'findings',
  reads: { interviews: 'none', documents: false },
  sheet: findingsSheet,
});
