import type { Language } from './common.js';
import type { FindingSource } from './finding.js';
import type { Quarter, Roadmap } from './roadmap.js';
import type { RoadmapMethod } from './roadmap-method.js';

// What the routekaart's exports read (`reads.roadmap`): the plan as the screen shows it
// (settings, items in order, warnings and checks for today's quarter), the horizon's quarters,
// the engagement's copy of the method part (phase and kind texts in both languages), and per
// item what the implementatieplan's trace appendix lists: the gaps it closes with their levels
// and the findings behind each agreed score, and the passages it serves with their findings.
//
// Texts that depend on the language (dimension names, source labels) come in both languages
// under `inLanguage`, and once more at the top level in the engagement's language. Findings
// travel as the trace shows them: statement, a source label with pseudonyms only, and the
// source itself (pseudonyms only) for a document that names people when asked to. Only the
// findings the traces point at are read: the plan's exports read no other findings.

export interface RoadmapSnapshotFinding {
  id: string;
  statement: string;
  quote: string;
  /** "Interview R03 · vraag 2", "Coalitieakkoord, p. 12", "Direct". */
  sourceLabel: string;
  /** Where it came from, as the findings exports name it (pseudonyms, never names). */
  source: FindingSource;
}

/** A gap an item closes, in the latest measurement (absent there: not listed). */
export interface RoadmapTraceGap {
  dimensionId: string;
  current: number;
  desired: number;
  gap: number;
  /** The findings behind the agreed score, in order (ids into `findings`). */
  findingIds: string[];
}

export interface RoadmapTracePassage {
  id: string;
  kind: string;
  title: string;
  /** The findings supporting the passage, in order (ids into `findings`). */
  findingIds: string[];
}

export interface RoadmapItemTrace {
  itemId: string;
  /** In the item's order of gapDimensionIds; only gaps of the latest measurement. */
  gaps: RoadmapTraceGap[];
  /** In the vision's order. */
  passages: RoadmapTracePassage[];
}

export interface RoadmapSnapshotTexts {
  /** Dimension id → its name in the model. */
  dimensionNames: Record<string, string>;
  /** Every finding a trace points at, in the order first met. */
  findings: RoadmapSnapshotFinding[];
}

export interface RoadmapSnapshot extends Roadmap, RoadmapSnapshotTexts {
  /** The quarters of the horizon, in order (the timeline's columns). */
  quarters: Quarter[];
  /** The quarter the warnings were computed with (the timeline's today line). */
  todayQuarter: Quarter;
  /** The id of the measurement the gaps come from, or null when none has agreed scores. */
  assessmentId: string | null;
  method: RoadmapMethod;
  /** One per item, in the items' order. */
  traces: RoadmapItemTrace[];
  inLanguage: Record<Language, RoadmapSnapshotTexts>;
}
