import type { Language } from '../../shared/domain/common.js';
import type { Bouwsteen, Confidence, RespondentGroup } from '../../shared/domain/nulmeting.js';

// The words the nulmeting report and the scores workbook share: respondent groups, confidence,
// and how a level or a gap is written. `en` is typed against `nl`.

export const nulmetingLabelsNl = {
  groups: {
    bestuur: 'Bestuur',
    mt: 'Managementteam',
    leidinggevenden: 'Leidinggevenden',
    medewerkers: 'Medewerkers',
    'informatie-data': 'Informatie en data',
    ict: 'ICT',
    overig: 'Overig',
  } satisfies Record<RespondentGroup, string>,
  confidences: { laag: 'laag', middel: 'middel', hoog: 'hoog' } satisfies Record<
    Confidence,
    string
  >,
  /** The seven bouwstenen as seed 001 names them. */
  bouwstenen: {
    'data-cultuur': 'Werk aan een data-cultuur',
    'data-expertise': 'Werf data-expertise',
    'data-architectuur': 'Creëer een data-architectuur',
    'agile-aanpak': 'Kies voor een Agile-aanpak',
    experimenten: 'Bied ruimte voor experimenten',
    'bestuurlijk-draagvlak': 'Creëer bestuurlijk draagvlak',
    'start-vandaag': 'Start vandaag!',
  } satisfies Record<Bouwsteen, string>,
  /** Legend of the radar. */
  radarCurrent: 'Huidig niveau',
  radarDesired: 'Gewenst niveau (over {{years}} jaar)',
  radarEarlier: 'Huidig niveau bij {{name}} ({{date}})',
  radarGroup: '{{group}} (huidig)',
  radarTitle: '{{name}}: huidig en gewenst niveau',
  radarEmpty: 'Het model heeft nog geen dimensies.',
};

export type NulmetingLabels = typeof nulmetingLabelsNl;

export const nulmetingLabelsEn: NulmetingLabels = {
  groups: {
    bestuur: 'Board and council',
    mt: 'Management team',
    leidinggevenden: 'Managers',
    medewerkers: 'Staff',
    'informatie-data': 'Information and data',
    ict: 'IT',
    overig: 'Other',
  },
  confidences: { laag: 'low', middel: 'medium', hoog: 'high' },
  bouwstenen: {
    'data-cultuur': 'Work on a data culture',
    'data-expertise': 'Recruit data expertise',
    'data-architectuur': 'Create a data architecture',
    'agile-aanpak': 'Choose an agile approach',
    experimenten: 'Make room for experiments',
    'bestuurlijk-draagvlak': 'Build support among the board',
    'start-vandaag': 'Start today!',
  },
  radarCurrent: 'Current level',
  radarDesired: 'Desired level (in {{years}} years)',
  radarEarlier: 'Current level at {{name}} ({{date}})',
  radarGroup: '{{group}} (current)',
  radarTitle: '{{name}}: current and desired level',
  radarEmpty: 'The model has no dimensions yet.',
};

export const nulmetingLabels = (language: Language): NulmetingLabels =>
  language === 'en' ? nulmetingLabelsEn : nulmetingLabelsNl;

/** A level as readers write it: "2,5" in Dutch, "2.5" in English; a dash when absent. */
export function levelText(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return language === 'nl' ? text.replace('.', ',') : text;
}

/** A gap with its sign: "+1,5", "0", "−0,5". */
export function gapText(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const abs = levelText(Math.abs(value), language);
  return value > 0 ? `+${abs}` : value < 0 ? `−${abs}` : abs;
}

/** "1,5–3" (min–max), or one level when all agree; a dash without scores. */
export function rangeText(spread: { min: number; max: number } | null, language: Language): string {
  if (!spread) return '–';
  return spread.min === spread.max
    ? levelText(spread.min, language)
    : `${levelText(spread.min, language)}–${levelText(spread.max, language)}`;
}
