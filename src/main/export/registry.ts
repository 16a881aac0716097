import { EXPORT_TYPES, type ExportType, type ExportTypeInfo } from '../../shared/domain/export.js';
import type { ExportBuilder } from './builder-types.js';
import { findingsRegisterBuilder } from './excel/findings-register.xlsx.js';
import { interviewLogBuilder } from './excel/interview-log.xlsx.js';
import { stakeholderRegisterBuilder } from './excel/stakeholder-register.xlsx.js';
import { documentAnalysisBuilder } from './word/document-analysis.docx.js';
import { findingsReportBuilder } from './word/findings-report.docx.js';
import { interviewReportBuilder } from './word/interview-report.docx.js';

// One entry per document type. The UI, browser mode and the CLI all list and run exports from
// here; a new document type is a builder file plus one line below.
const BUILDERS: Partial<Record<ExportType, ExportBuilder>> = {
  'interview-report': interviewReportBuilder,
  'findings-report': findingsReportBuilder,
  'document-analysis': documentAnalysisBuilder,
  'findings-register': findingsRegisterBuilder,
  'interview-log': interviewLogBuilder,
  'stakeholder-register': stakeholderRegisterBuilder,
};

export function builderFor(type: ExportType): ExportBuilder | undefined {
  return BUILDERS[type];
}

export function exportTypes(): ExportTypeInfo[] {
  return EXPORT_TYPES.flatMap((type) => {
    const builder = BUILDERS[type];
    return builder ? [builder.info] : [];
  });
}
