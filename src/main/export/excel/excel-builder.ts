import { XLSX_MIME, type ExportBuilder, type ExportRun } from '../builder-types.js';
import type { SnapshotScope } from '../snapshot.js';
import { workbookSpec, writeWorkbook, type TableSheet } from './excel-helpers.js';
import { excelTexts } from './excel-texts.js';

export type ExcelTextsOf = ReturnType<typeof excelTexts>;

/**
 * Every Koers workbook is one data sheet plus the info sheet, named after its text section
 * ("findings.file" …): a builder only says which section, what it reads and how its sheet looks.
 */
export function excelBuilder(spec: {
  section: 'findings' | 'interviews' | 'stakeholders';
  reads: SnapshotScope;
  sheet: (run: ExportRun, texts: ExcelTextsOf) => TableSheet;
}): ExportBuilder {
  const title = (run: ExportRun, texts: ExcelTextsOf) =>
    texts.t(`${spec.section}.file`, { client: run.snapshot.engagement.clientName });
  return {
    mimeType: XLSX_MIME,
    // The streaming writer yields between slices of rows: see ExportBuilder.inProcess.
    inProcess: true,
    reads: spec.reads,
    async build(run) {
      const texts = excelTexts(run.language);
      const sheet = spec.sheet(run, texts);
      return writeWorkbook(
        run,
        workbookSpec(run, { title: title(run, texts), sheet, labels: texts.labels.info }),
      );
    },
  };
}
