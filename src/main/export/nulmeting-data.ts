import type {
  AssessmentView,
  DimensionSummary,
  MaturityModel,
} from '../../shared/domain/nulmeting.js';
import type {
  NulmetingSnapshot,
  NulmetingSnapshotFinding,
} from '../../shared/domain/nulmeting-snapshot.js';
import { summariseAssessment } from '../../shared/domain/nulmeting-summary.js';
import { KoersError } from '../base/koers-error.js';
import type { ExportRun } from './builder-types.js';
import { TextCleaner } from './safe-text.js';

// What the nulmeting report and the scores workbook read of the nulmeting, in the document's
// language: the model (dimension names and level texts are method data in two languages), the
// measurement of the run (export:start's `assessmentId`, the newest when absent), the earlier
// measurements to draw over it, and the numbers. Every number both documents print comes from
// summariseAssessment, the function the screens use, so the three never disagree.

export interface NulmetingExportData {
  model: MaturityModel;
  /** The measurement the document is about; null when the engagement has none yet. */
  view: AssessmentView | null;
  /** Per dimension of the model, in its order: summariseAssessment of `view`. */
  summary: DimensionSummary[];
  /** Measurements dated before `view` with at least one agreed level, oldest first. */
  earlier: { view: AssessmentView; summary: DimensionSummary[] }[];
  findings: Map<string, NulmetingSnapshotFinding>;
}

const EMPTY_MODEL: MaturityModel = { levels: [], dimensions: [] };

/** Newest first: by date, then by when it was made. */
const newestFirst = (a: AssessmentView, b: AssessmentView): number =>
  b.assessment.date.localeCompare(a.assessment.date) ||
  b.assessment.createdAt.localeCompare(a.assessment.createdAt);

/**
 * The model with the characters XML forbids taken out: it is method data a consultancy may
 * edit, not user text of this engagement, so it is not counted or pseudonymised, only made safe.
 */
function cleanModel(model: MaturityModel): MaturityModel {
  const c = new TextCleaner();
  const x = (text: string) => c.xml(text);
  return {
    levels: model.levels.map((l) => ({ ...l, label: x(l.label), summary: x(l.summary) })),
    dimensions: model.dimensions.map((d) => ({
      ...d,
      name: x(d.name),
      description: x(d.description),
      levels: d.levels.map(x),
      questions: d.questions.map(x),
    })),
  };
}

export function summaryOf(model: MaturityModel, view: AssessmentView): DimensionSummary[] {
  return summariseAssessment(
    model.dimensions.map((d) => d.id),
    view.respondents,
    view.scores,
    view.agreed,
  );
}

export function nulmetingData(run: ExportRun): NulmetingExportData {
  const snapshot: NulmetingSnapshot | undefined = run.snapshot.nulmeting;
  if (!snapshot)
    return { model: EMPTY_MODEL, view: null, summary: [], earlier: [], findings: new Map() };
  const own = snapshot.inLanguage[run.language] ?? snapshot;
  const model = cleanModel(own.model);
  const sorted = [...snapshot.assessments].sort(newestFirst);
  const view = run.assessmentId
    ? sorted.find((v) => v.assessment.id === run.assessmentId)
    : sorted[0];
  if (run.assessmentId && !view) throw new KoersError('NOT_FOUND', { path: 'assessmentId' });
  const earlier = view
    ? sorted
        .slice(sorted.indexOf(view) + 1)
        .filter((v) => v.assessment.date < view.assessment.date)
        .filter((v) => v.agreed.some((a) => a.current !== null))
        .reverse()
        .map((v) => ({ view: v, summary: summaryOf(model, v) }))
    : [];
  return {
    model,
    view: view ?? null,
    summary: view ? summaryOf(model, view) : [],
    earlier,
    findings: new Map(own.findings.map((f) => [f.id, f])),
  };
}
