import type { DecisionBody, DecisionKind, VisionAdoption } from '../domain/adoption.js';
import type { VisionVersionSummary } from '../domain/vision.js';
import type { PosterInput, PosterLanguage } from './poster-input.js';

// What the poster says about its version and its adoption: one rule for the editor's preview and
// the exported poster, so the two never disagree.

/** The newest version the user froze (restore points are not versions a reader knows). */
export function latestVersion(
  versions: readonly VisionVersionSummary[],
): VisionVersionSummary | null {
  return versions
    .filter((v) => v.status !== 'herstelpunt')
    .reduce<VisionVersionSummary | null>(
      (latest, v) => (latest === null || v.frozenAt > latest.frozenAt ? v : latest),
      null,
    );
}

export interface PosterVersionSource {
  passages: readonly { createdAt: string; updatedAt: string }[];
  versions: readonly VisionVersionSummary[];
  /** The vision's adoption (step 4), when a version was adopted. */
  adoption: VisionAdoption | null;
}

export interface PosterVersion {
  label: string;
  isDraft: boolean;
  footer: PosterInput['footer'];
}

/**
 * The label is the latest version's ('0.2', '1.0'), or 'concept' before any version was made.
 * The working copy is that version when it has as many passages as the version froze and none
 * was made or edited after it was frozen. The CONCEPT mark goes when that version is definitief
 * or adopted (vastgesteld, bekrachtigd); an adopted version's poster carries the decisions in
 * its footer. (A change to the poster settings alone is not dated, so not seen.)
 */
export function posterVersion(
  source: PosterVersionSource,
  language: PosterLanguage,
): PosterVersion {
  const latest = latestVersion(source.versions);
  if (!latest) return { label: 'concept', isDraft: true, footer: null };
  const unchanged =
    source.passages.length === latest.passageCount &&
    source.passages.every((p) => p.updatedAt <= latest.frozenAt && p.createdAt <= latest.frozenAt);
  const adopted = unchanged && source.adoption?.versionId === latest.id;
  return {
    label: latest.label,
    isDraft: !(unchanged && (latest.status === 'definitief' || adopted)),
    footer: adopted ? { status: adoptionLine(source.adoption!, language) } : null,
  };
}

const BODY: Record<PosterLanguage, Record<DecisionBody, string>> = {
  nl: { mt: 'het MT', directie: 'de directie', college: 'het college', raad: 'de raad' },
  en: {
    mt: 'the management team',
    directie: 'the board of directors',
    college: 'the executive',
    raad: 'the council',
  },
};
const KIND: Record<PosterLanguage, Partial<Record<DecisionKind, string>>> = {
  nl: { vastgesteld: 'vastgesteld door', bekrachtigd: 'bekrachtigd door' },
  en: { vastgesteld: 'adopted by', bekrachtigd: 'ratified by' },
};
// Fixed names, not Intl: the same poster on every machine.
const MONTHS: Record<PosterLanguage, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
const ON: Record<PosterLanguage, string> = { nl: 'op', en: 'on' };

/** "12 maart 2027" from 2027-03-12. */
export function longDate(date: string, language: PosterLanguage): string {
  const [year, month, day] = date.split('-').map(Number);
  const name = MONTHS[language][(month ?? 1) - 1];
  if (!year || !name || !day) return date;
  return `${day} ${name} ${year}`;
}

/** "Vastgesteld door het MT op 12 maart 2027 · bekrachtigd door de raad op 26 maart 2027". */
export function adoptionLine(adoption: VisionAdoption, language: PosterLanguage): string {
  const parts = adoption.decisions
    .filter((d) => KIND[language][d.kind] !== undefined)
    .map(
      (d) =>
        `${KIND[language][d.kind]} ${BODY[language][d.body]} ${ON[language]} ${longDate(d.date, language)}`,
    );
  const line = parts.join(' · ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
