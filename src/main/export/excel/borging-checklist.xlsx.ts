import type { AdoptionSnapshot } from '../../../shared/domain/adoption.js';
import { BORGING_STATUSES } from '../../../shared/domain/adoption.js';
import { adoptionData } from '../adoption-data.js';
import { XLSX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import { checkAborted } from '../export-i18n.js';
import { personLabel } from '../stakeholder-tools-order.js';
import { borgingTexts } from './borging-checklist-texts.js';
import {
  cellText,
  excelDay,
  uncounted,
  workbookSpec,
  writeWorkbook,
  type CellValue,
  type TableSheet,
} from './excel-helpers.js';

// The borging checklist as a workbook to keep up to date after adoption (issue 14): one row per
// item of the method's checklist with owner, a status from a drop-down list, a real due date and
// notes, and who holds the fitting role in the stakeholder tools; a second sheet lists the
// decisions. People appear by pseudonym unless the consultant chose names.

type Texts = ReturnType<typeof borgingTexts>;

/** A person as a cell: the pseudonym, or with names "Name (R01)"; cleaned once, by cellText. */
const person = (run: ExportRun, id: string | null) => personLabel(run, (text) => text, id);

export function borgingSheet(run: ExportRun, texts: Texts, data: AdoptionSnapshot): TableSheet {
  const { words: w, labels, t } = texts;
  const rows: CellValue[][] = data.borging.map((b) => [
    cellText(run, b.title),
    cellText(run, b.description),
    cellText(run, b.lesson),
    b.roleName ? cellText(run, b.roleName) : null,
    cellText(
      run,
      b.roleHolders
        // A holder the register no longer has is named only when names were chosen.
        .map((h) => person(run, h.stakeholderId) || (run.options.useNames ? h.name : ''))
        .filter((label) => label !== '')
        .join(', '),
    ),
    cellText(run, person(run, b.ownerStakeholderId) || b.ownerText),
    labels.statuses[b.status],
    excelDay(b.dueDate),
    cellText(run, b.notes),
    b.id,
  ]);
  const statusColumn = 6;
  return {
    name: w.sheet,
    columns: [
      { header: w.title, width: 34, type: 'long' },
      { header: w.description, width: 50, type: 'long' },
      { header: w.lesson, width: 40, type: 'long' },
      { header: w.role, width: 16, type: 'text' },
      { header: w.roleHolders, width: 22, type: 'long' },
      { header: w.owner, width: 22, type: 'long' },
      { header: w.status, width: 18, type: 'text' },
      { header: w.due, width: 13, type: 'date' },
      { header: w.notes, width: 45, type: 'long' },
      { header: w.id, width: 22, type: 'text' },
    ],
    rows,
    lists: [{ column: statusColumn, values: BORGING_STATUSES.map((s) => labels.statuses[s]) }],
    notes: [
      data.adoption ? t('adopted', { label: uncounted(data.adoption.versionLabel) }) : w.notAdopted,
      ...(rows.length === 0 ? [w.noItems] : []),
    ],
  };
}

export function decisionsSheet(run: ExportRun, texts: Texts, data: AdoptionSnapshot): TableSheet {
  const { words: w, labels } = texts;
  const rows: CellValue[][] = [...data.decisions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => [
      excelDay(d.date),
      labels.bodies[d.body],
      labels.kinds[d.kind],
      labels.subjects[d.subject],
      cellText(run, d.reference),
      d.versionLabel ? cellText(run, d.versionLabel) : null,
      d.documentTitle ? cellText(run, d.documentTitle) : null,
      cellText(run, d.notes),
    ]);
  return {
    name: w.decisionsSheet,
    columns: [
      { header: w.date, width: 13, type: 'date' },
      { header: w.body, width: 20, type: 'text' },
      { header: w.kind, width: 16, type: 'text' },
      { header: w.subject, width: 14, type: 'text' },
      { header: w.reference, width: 18, type: 'text' },
      { header: w.version, width: 10, type: 'text' },
      { header: w.document, width: 32, type: 'long' },
      { header: w.decisionNotes, width: 50, type: 'long' },
    ],
    rows,
    ...(rows.length === 0 ? { notes: [w.noDecisions] } : {}),
  };
}

async function build(run: ExportRun): Promise<Uint8Array> {
  const texts = borgingTexts(run.language);
  const data = adoptionData(run);
  const title = texts.t('file', { client: run.snapshot.engagement.clientName });
  const sheet = borgingSheet(run, texts, data);
  run.progress(0.3);
  checkAborted(run.signal);
  const decisions = decisionsSheet(run, texts, data);
  run.progress(0.5);
  return writeWorkbook(run, {
    ...workbookSpec(run, { title, sheet, labels: texts.info }),
    moreSheets: [decisions],
  });
}

export const borgingChecklistBuilder: ExportBuilder = {
  mimeType: XLSX_MIME,
  inProcess: true,
  reads: { interviews: 'none', documents: false, adoption: true },
  build,
};
