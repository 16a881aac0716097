import type { AdoptionSnapshot } from '../../shared/domain/adoption.js';
import type { ExportRun } from './builder-types.js';

// What the vaststellingsdossier and the borging workbook read of step 4, in the document's
// language: the checklist (method content) and the timeline's titles are written in a language,
// and the snapshot carries both, since a document may be made in the other one.

const EMPTY: AdoptionSnapshot = {
  presentations: [],
  decisions: [],
  borging: [],
  timeline: [],
  adoption: null,
};

/** Step 4 of the run's snapshot, with the checklist and the timeline in the run's language. */
export function adoptionData(run: ExportRun): AdoptionSnapshot {
  const data = run.snapshot.adoption ?? EMPTY;
  const own = data.inLanguage?.[run.language];
  return own ? { ...data, borging: own.borging, timeline: own.timeline } : data;
}
