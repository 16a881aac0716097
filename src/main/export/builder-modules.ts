import type { ExportType } from '../../shared/domain/export.js';
import type { ExportBuilder } from './builder-types.js';

// The builder of one type, loaded when a build needs it. A build runs in a worker thread of its
// own; loading the whole registry there put exceljs (≈25 MB) into every Word build and docx
// into every Excel build. registry.ts stays the list the shells use; a test checks both agree.
const MODULES: Partial<Record<ExportType, () => Promise<ExportBuilder>>> = {
  'interview-report': async () =>
    (await import('./word/interview-report.docx.js')).interviewReportBuilder,
  'findings-report': async () =>
    (await import('./word/findings-report.docx.js')).findingsReportBuilder,
  'document-analysis': async () =>
    (await import('./word/document-analysis.docx.js')).documentAnalysisBuilder,
  'findings-register': async () =>
    (await import('./excel/findings-register.xlsx.js')).findingsRegisterBuilder,
  'interview-log': async () => (await import('./excel/interview-log.xlsx.js')).interviewLogBuilder,
  'stakeholder-register': async () =>
    (await import('./excel/stakeholder-register.xlsx.js')).stakeholderRegisterBuilder,
};

export async function loadBuilder(type: ExportType): Promise<ExportBuilder | undefined> {
  return MODULES[type]?.();
}
