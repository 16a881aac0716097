import type { Language } from './common.js';
import { exportTypeTable, type ExportFormat, type ExportType } from './export.js';

// The one way an export's file is named, for every document type and every way out (the save
// dialog, the browser's download, `koers export`):
//
//   <type>[-<subject>]-<client>[-<version>]-<YYYY-MM-DD>.<ext>
//   bevindingenrapport-gemeente-dijkhaven-concept-0.2-2026-12-02.docx
//   interviewverslag-r03-gemeente-dijkhaven-2026-12-02.docx
//
// Every part is a slug: lower-case ASCII letters, digits and single hyphens (a dot only between
// two digits, as in a version number). So a name holds no folder separators, control characters,
// "..", spaces or characters a file system or a mail program mangles, and it sorts by type,
// client and date. Pure: the renderer may call it too.

/** Type slugs in the document's language (declared with each type in export.ts). */
export const EXPORT_FILE_SLUGS: Record<Language, Record<ExportType, string>> = {
  nl: exportTypeTable((t) => t.slug.nl),
  en: exportTypeTable((t) => t.slug.en),
};

/** Bounds per part, in characters: the whole name stays far below any file system's limit. */
const MAX = { subject: 40, client: 60, version: 30 } as const;

/** Letters NFKD does not split into a base letter and a mark. */
const FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/**
 * A file-name-safe slug of user text, at most `max` characters, cut at a hyphen where one is
 * near: "'s-Hertogenbosch" → "s-hertogenbosch", "Súdwest-Fryslân" → "sudwest-fryslan".
 * Empty when nothing of the text survives (only emoji, only punctuation).
 */
export function slugify(text: string, max: number): string {
  const folded = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðþłı]/g, (c) => FOLD[c] ?? '')
    // An apostrophe or a soft hyphen joins: 's-Hertogenbosch, Hoeksche Waard's.
    .replace(/['’`\u00ad]/g, '');
  let slug = folded
    .replace(/[^a-z0-9.]+/g, '-')
    // A dot stays only between two digits (0.2); "..", ".hidden", "a.docx" become hyphens.
    .replace(/(?<!\d)\.|\.(?!\d)/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > max) {
    const cut = slug.slice(0, max);
    const hyphen = cut.lastIndexOf('-');
    slug = hyphen >= max / 2 ? cut.slice(0, hyphen) : cut;
  }
  // A cut may leave a hyphen or a dot at the end.
  return slug.replace(/[-.]+$/, '');
}

/** The calendar day of an instant as a reader in the Netherlands has it: "2026-12-02". */
export function exportDay(iso: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).formatToParts(when);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export interface ExportFileNameParts {
  type: ExportType;
  language: Language;
  extension: ExportFormat;
  /** The municipality, as the user typed it. */
  client: string;
  /** What one document of a type is about, e.g. the interview's pseudonyms "R03, R04". */
  subject?: string;
  /** The version label of the export options, e.g. "concept 0.2". */
  version?: string;
  /** An ISO instant (when the snapshot was read) or a bare date. */
  date: string;
}

export function exportFileName(parts: ExportFileNameParts): string {
  const pieces = [
    EXPORT_FILE_SLUGS[parts.language][parts.type],
    slugify(parts.subject ?? '', MAX.subject),
    slugify(parts.client, MAX.client),
    slugify(parts.version ?? '', MAX.version),
    exportDay(parts.date),
  ];
  return `${pieces.filter((p) => p !== '').join('-')}.${parts.extension}`;
}
