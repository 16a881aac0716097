import type { ExportType, ExportTypeInfo } from '../../shared/domain/export.js';
import { EXPORT_TYPE_TABLE, EXPORT_TYPES } from '../../shared/domain/export.js';
import type { ExportBuilder } from './builder-types.js';

/**
 * One document type: what the lists need to know at once, and the builder, loaded only when a
 * build needs it. A build runs in a worker thread of its own; importing every builder there put
 * exceljs (≈25 MB) into every Word build and docx into every Excel build.
 */
export interface ExportDescriptor {
  info: ExportTypeInfo;
  load(): Promise<ExportBuilder>;
}

/** What the lists show of a type: its format comes from its entry in EXPORT_TYPE_TABLE. */
const info = (
  type: ExportType,
  made: { forInterview?: boolean; forAssessment?: boolean } = {},
): ExportTypeInfo => ({
  type,
  format: EXPORT_TYPE_TABLE[type].format,
  needsInterview: made.forInterview ?? false,
  takesAssessment: made.forAssessment ?? false,
});

// The one list of document types. The UI, browser mode and the CLI list and run exports from
// here; a new type is a builder file plus one entry. Keyed by ExportType, so a type named in the
// contract without an entry here (or the other way round) does not compile.
const EXPORTS: { readonly [T in ExportType]: ExportDescriptor } = {
  'interview-report': {
    info: info('interview-report', { forInterview: true }),
    load: async () => (await import('./word/interview-report.docx.js')).interviewReportBuilder,
  },
  'findings-report': {
    info: info('findings-report'),
    load: async () => (await import('./word/findings-report.docx.js')).findingsReportBuilder,
  },
  'document-analysis': {
    info: info('document-analysis'),
    load: async () => (await import('./word/document-analysis.docx.js')).documentAnalysisBuilder,
  },
  'session-report': {
    info: info('session-report'),
    load: async () => (await import('./word/session-report.docx.js')).sessionReportBuilder,
  },
  'stakeholder-analysis': {
    info: info('stakeholder-analysis'),
    load: async () =>
      (await import('./word/stakeholder-analysis.docx.js')).stakeholderAnalysisBuilder,
  },
  'vision-document': {
    info: info('vision-document'),
    load: async () => (await import('./word/vision-document.docx.js')).visionDocumentBuilder,
  },
  'poster-pdf': {
    info: info('poster-pdf'),
    load: async () => (await import('./poster/poster.export.js')).posterPdfBuilder,
  },
  'poster-png': {
    info: info('poster-png'),
    load: async () => (await import('./poster/poster.export.js')).posterPngBuilder,
  },
  'poster-svg': {
    info: info('poster-svg'),
    load: async () => (await import('./poster/poster.export.js')).posterSvgBuilder,
  },
  'adoption-dossier': {
    info: info('adoption-dossier'),
    load: async () => (await import('./word/adoption-dossier.docx.js')).adoptionDossierBuilder,
  },
  'nulmeting-report': {
    info: info('nulmeting-report', { forAssessment: true }),
    load: async () => (await import('./word/nulmeting-report.docx.js')).nulmetingReportBuilder,
  },
  'findings-register': {
    info: info('findings-register'),
    load: async () => (await import('./excel/findings-register.xlsx.js')).findingsRegisterBuilder,
  },
  'interview-log': {
    info: info('interview-log'),
    load: async () => (await import('./excel/interview-log.xlsx.js')).interviewLogBuilder,
  },
  'stakeholder-register': {
    info: info('stakeholder-register'),
    load: async () =>
      (await import('./excel/stakeholder-register.xlsx.js')).stakeholderRegisterBuilder,
  },
  'statement-results': {
    info: info('statement-results'),
    load: async () => (await import('./excel/statement-results.xlsx.js')).statementResultsBuilder,
  },
  'borging-checklist': {
    info: info('borging-checklist'),
    load: async () => (await import('./excel/borging-checklist.xlsx.js')).borgingChecklistBuilder,
  },
  'nulmeting-scores': {
    info: info('nulmeting-scores', { forAssessment: true }),
    load: async () => (await import('./excel/nulmeting-scores.xlsx.js')).nulmetingScoresBuilder,
  },
  'implementation-plan': {
    info: info('implementation-plan'),
    load: async () =>
      (await import('./word/implementation-plan.docx.js')).implementationPlanBuilder,
  },
  'roadmap-planning': {
    info: info('roadmap-planning'),
    load: async () => (await import('./excel/roadmap-planning.xlsx.js')).roadmapPlanningBuilder,
  },
};

export function exportDescriptor(type: ExportType): ExportDescriptor {
  return EXPORTS[type];
}

/** In the contract's order, which is the order the UI lists them in. */
export function exportTypes(): ExportTypeInfo[] {
  return EXPORT_TYPES.map((type) => EXPORTS[type].info);
}
