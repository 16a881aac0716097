import { BOUWSTEEN_DOCUMENT_LABELS } from '../../shared/domain/bouwsteen-labels.js';
import type { Language } from '../../shared/domain/common.js';
import type { Bouwsteen } from '../../shared/domain/nulmeting.js';
import { KIND_COLOURS } from '../../shared/charts/roadmap-timeline-chart.js';
import type { RoadmapMethod } from '../../shared/domain/roadmap-method.js';
import { ROADMAP_ITEM_KINDS, ROADMAP_PHASES } from '../../shared/domain/roadmap.js';
import type {
  FundingState,
  RoadmapItemKind,
  RoadmapLevel,
  RoadmapPhase,
  RoadmapStatus,
} from '../../shared/domain/roadmap.js';

// Labels of the routekaart (kinds, funding, phases, levels, statuses, bouwstenen) as the
// implementatieplan and the planning workbook print them. `en` is typed against `nl`, so a label
// missing in one language is a compile error.

export interface RoadmapLabels {
  kinds: Record<RoadmapItemKind, string>;
  funding: Record<FundingState, string>;
  phases: Record<RoadmapPhase, string>;
  levels: Record<RoadmapLevel, string>;
  statuses: Record<RoadmapStatus, string>;
  bouwstenen: Record<Bouwsteen, string>;
  /** "K1 2027" / "Q1 2027". */
  quarterPrefix: string;
  /** The name of each kind's colour (ROADMAP_KIND_COLORS), for a legend in words. */
  kindColorNames: Record<RoadmapItemKind, string>;
}

/** A colour per kind, for the workbook's timeline cells ('RRGGBB'): the timeline chart's. */
export const ROADMAP_KIND_COLORS = Object.fromEntries(
  ROADMAP_ITEM_KINDS.map((k) => [k, KIND_COLOURS[k].slice(1).toUpperCase()]),
) as Record<RoadmapItemKind, string>;

export const roadmapLabelsNl: RoadmapLabels = {
  kinds: {
    project: 'Project',
    activiteit: 'Activiteit',
    'quick-win': 'Quick win',
    doorlopend: 'Doorlopend',
    mijlpaal: 'Mijlpaal',
  },
  funding: { geregeld: 'Geregeld', aangevraagd: 'Aangevraagd', open: 'Open' },
  phases: {
    begin: 'Beginfase',
    ontwikkel: 'Ontwikkelfase',
    'opschaling-en-beheer': 'Opschaling en beheer',
  },
  levels: { strategisch: 'Strategisch', tactisch: 'Tactisch' },
  statuses: {
    gepland: 'Gepland',
    lopend: 'Lopend',
    gereed: 'Gereed',
    gepauzeerd: 'Gepauzeerd',
    geschrapt: 'Geschrapt',
  },
  bouwstenen: BOUWSTEEN_DOCUMENT_LABELS.nl,
  quarterPrefix: 'K',
  kindColorNames: {
    project: 'donkerblauw',
    activiteit: 'groen',
    'quick-win': 'okergeel',
    doorlopend: 'paars',
    mijlpaal: 'bordeauxrood',
  },
};

export const roadmapLabelsEn: RoadmapLabels = {
  kinds: {
    project: 'Project',
    activiteit: 'Activity',
    'quick-win': 'Quick win',
    doorlopend: 'Ongoing',
    mijlpaal: 'Milestone',
  },
  funding: { geregeld: 'Arranged', aangevraagd: 'Requested', open: 'Open' },
  phases: {
    begin: 'Start-up phase',
    ontwikkel: 'Development phase',
    'opschaling-en-beheer': 'Scaling up and management',
  },
  levels: { strategisch: 'Strategic', tactisch: 'Tactical' },
  statuses: {
    gepland: 'Planned',
    lopend: 'In progress',
    gereed: 'Done',
    gepauzeerd: 'Paused',
    geschrapt: 'Cancelled',
  },
  bouwstenen: BOUWSTEEN_DOCUMENT_LABELS.en,
  quarterPrefix: 'Q',
  kindColorNames: {
    project: 'dark blue',
    activiteit: 'green',
    'quick-win': 'ochre',
    doorlopend: 'purple',
    mijlpaal: 'burgundy',
  },
};

/**
 * The labels in one language; the phases and kinds as the engagement's copy of the method
 * names them when there is one, so the documents say what the screen says.
 */
export function roadmapLabels(language: Language, method?: RoadmapMethod): RoadmapLabels {
  const base = language === 'en' ? roadmapLabelsEn : roadmapLabelsNl;
  if (!method) return base;
  const phases = { ...base.phases };
  for (const p of ROADMAP_PHASES) phases[p] = method.phases[p].label[language];
  const kinds = { ...base.kinds };
  for (const k of ROADMAP_ITEM_KINDS) kinds[k] = method.kinds[k].label[language];
  return { ...base, phases, kinds };
}

/** '2027-Q1' as a reader writes it: "K1 2027" in Dutch, "Q1 2027" in English. */
export function quarterLabel(quarter: string, labels: RoadmapLabels): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? `${labels.quarterPrefix}${m[2]} ${m[1]}` : quarter;
}

/** '2027-Q1' for a cell that sorts in time order: "2027-K1" in Dutch, "2027-Q1" in English. */
export function quarterCell(quarter: string, labels: RoadmapLabels): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? `${m[1]}-${labels.quarterPrefix}${m[2]}` : quarter;
}

/** "K1 2027 – K3 2027", or one quarter when start and end are the same. */
export function quarterSpan(start: string, end: string, labels: RoadmapLabels): string {
  return start === end
    ? quarterLabel(start, labels)
    : `${quarterLabel(start, labels)} – ${quarterLabel(end, labels)}`;
}

export { horizonQuarters } from '../../shared/domain/quarter.js';
