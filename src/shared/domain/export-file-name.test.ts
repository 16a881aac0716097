import { describe, expect, it } from 'vitest';
import { EXPORT_TYPES, type ExportFormat, type ExportType } from './export.js';
import { exportDay, exportFileName, slugify } from './export-file-name.js';

const base = {
  type: 'findings-report',
  language: 'nl',
  extension: 'docx',
  date: '2026-12-02T10:00:00.000Z',
} as const;

const SAFE = /^[a-z0-9]+(?:[-.][a-z0-9]+)*\.(docx|xlsx|pdf|png|svg)$/;
/** The poster's three files share a type slug and differ in their extension. */
const EXTENSION: Partial<Record<ExportType, ExportFormat>> = {
  'poster-pdf': 'pdf',
  'poster-png': 'png',
  'poster-svg': 'svg',
};
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** What every name must be, whatever the user typed. */
function expectSafe(name: string) {
  expect(name).toMatch(SAFE);
  expect(name).not.toContain('..');
  expect(name).not.toMatch(/[/\\:*?"<>|\s]/);
  expect(name).not.toMatch(WINDOWS_RESERVED);
  expect(name.length).toBeLessThanOrEqual(160);
}

describe('export file names', () => {
  it('follow <type>-<subject>-<client>-<version>-<date>.<ext>', () => {
    expect(exportFileName({ ...base, client: 'Gemeente Dijkhaven' })).toBe(
      'bevindingenrapport-gemeente-dijkhaven-2026-12-02.docx',
    );
    expect(
      exportFileName({
        ...base,
        type: 'interview-report',
        client: 'Gemeente Dijkhaven',
        subject: 'R03 R04',
        version: 'concept 0.2',
      }),
    ).toBe('interviewverslag-r03-r04-gemeente-dijkhaven-concept-0.2-2026-12-02.docx');
    expect(
      exportFileName({
        ...base,
        type: 'stakeholder-register',
        extension: 'xlsx',
        language: 'en',
        client: 'Gemeente Dijkhaven',
      }),
    ).toBe('stakeholder-register-gemeente-dijkhaven-2026-12-02.xlsx');
  });

  it('has a type slug for every type in both languages, each different', () => {
    for (const language of ['nl', 'en'] as const) {
      const names = EXPORT_TYPES.map((type) =>
        exportFileName({
          ...base,
          type,
          language,
          client: 'X',
          extension: EXTENSION[type] ?? 'docx',
        }),
      );
      expect(new Set(names).size).toBe(EXPORT_TYPES.length);
      names.forEach(expectSafe);
    }
  });

  it('dates the file on the Dutch calendar day', () => {
    expect(exportDay('2026-12-02T23:30:00.000Z')).toBe('2026-12-03');
    expect(exportDay('2026-07-01T21:59:00.000Z')).toBe('2026-07-01');
    expect(exportDay('2026-03-12')).toBe('2026-03-12');
  });

  it('folds letters to ASCII and keeps Dutch names readable', () => {
    expect(slugify("'s-Hertogenbosch", 60)).toBe('s-hertogenbosch');
    expect(slugify('Súdwest-Fryslân', 60)).toBe('sudwest-fryslan');
    expect(slugify('Gemeente Zoeterwoude – IJsselmonde', 60)).toBe(
      'gemeente-zoeterwoude-ijsselmonde',
    );
    expect(slugify('Straße Ærø Łódź', 60)).toBe('strasse-aero-lodz');
    expect(slugify('Bergen (NH)', 60)).toBe('bergen-nh');
  });

  it('makes hostile client names harmless', () => {
    const hostile: [string, string][] = [
      ['../../etc/passwd', 'bevindingenrapport-etc-passwd-2026-12-02.docx'],
      ['..', 'bevindingenrapport-2026-12-02.docx'],
      ['.', 'bevindingenrapport-2026-12-02.docx'],
      ['C:\\Windows\\System32', 'bevindingenrapport-c-windows-system32-2026-12-02.docx'],
      ['a/b\\c:d*e?f"g<h>i|j', 'bevindingenrapport-a-b-c-d-e-f-g-h-i-j-2026-12-02.docx'],
      ['CON', 'bevindingenrapport-con-2026-12-02.docx'],
      ['rapport.docx.exe', 'bevindingenrapport-rapport-docx-exe-2026-12-02.docx'],
      ['Gemeente\u0000\u0007\n\r\tX\u202eY', 'bevindingenrapport-gemeente-x-y-2026-12-02.docx'],
      ['🏛️🌊', 'bevindingenrapport-2026-12-02.docx'],
      ['Dijk🌊haven', 'bevindingenrapport-dijk-haven-2026-12-02.docx'],
      ['\uD800lone\uDFFF', 'bevindingenrapport-lone-2026-12-02.docx'],
      ['   ', 'bevindingenrapport-2026-12-02.docx'],
      ['-.-', 'bevindingenrapport-2026-12-02.docx'],
      ['v1..2', 'bevindingenrapport-v1-2-2026-12-02.docx'],
    ];
    for (const [client, expected] of hostile) {
      const name = exportFileName({ ...base, client });
      expect(name, JSON.stringify(client)).toBe(expected);
      expectSafe(name);
    }
  });

  it('bounds every part, cutting at a hyphen where one is near', () => {
    const long = exportFileName({
      ...base,
      type: 'interview-report',
      client: 'Gemeente '.repeat(40),
      subject: 'x'.repeat(300),
      version: 'concept '.repeat(40),
    });
    expectSafe(long);
    expect(long).toMatch(/^interviewverslag-x{40}-(gemeente-)+gemeente-(concept-)+concept-2026/);
    expect(slugify('a'.repeat(300), 60)).toBe('a'.repeat(60));
    expect(slugify(`${'é'.repeat(300)}`, 60)).toBe('e'.repeat(60));
    expect(slugify('Gemeente Súdwest-Fryslân en Dijkhaven', 20)).toBe('gemeente-sudwest');
  });

  it('keeps CON, NUL, COM1 and LPT1 from being a whole file name', () => {
    for (const reserved of ['CON', 'nul', 'COM1', 'LPT1', 'aux.txt']) {
      expectSafe(exportFileName({ ...base, client: reserved }));
      expectSafe(exportFileName({ ...base, client: reserved, version: reserved }));
    }
  });
});
