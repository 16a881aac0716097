import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fileNameFromTitle,
  normaliseFileName,
  resolveInWorkspace,
  uniqueFileName,
} from './workspace.js';
import { tempDir } from '../../../test/helpers/temp-core.js';

describe('workspace file names', () => {
  it('adds the extension and keeps ordinary Dutch names', () => {
    expect(normaliseFileName('Visie Den Helder')).toBe('Visie Den Helder.koers');
    expect(normaliseFileName("'s-Hertogenbosch – nulmeting.koers")).toBe(
      "'s-Hertogenbosch – nulmeting.koers",
    );
  });

  it.each([
    '../geheim',
    '..\\geheim',
    'map/bestand',
    'C:evil',
    '',
    '   ',
    '.verborgen',
    'con',
    'LPT1.koers',
    'naam.',
    'a\u0000b',
    'x'.repeat(300),
  ])('refuses %j', (name) => {
    expect(() => normaliseFileName(name)).toThrow(
      expect.objectContaining({ code: 'FILE_NAME_INVALID' }),
    );
  });

  it('never resolves outside the workspace', () => {
    const dir = tempDir();
    expect(resolveInWorkspace(dir, 'Traject')).toBe(path.join(dir, 'Traject.koers'));
    expect(() => resolveInWorkspace(dir, '../../etc/passwd')).toThrow();
  });

  it('proposes a usable name from any title and numbers duplicates', () => {
    const dir = tempDir();
    expect(fileNameFromTitle('Visie: data/AI <2026>?')).toBe('Visie data AI 2026.koers');
    expect(fileNameFromTitle('...')).toBe('Traject.koers');
    fs.writeFileSync(path.join(dir, 'Traject.koers'), '');
    expect(uniqueFileName(dir, 'Traject.koers')).toBe('Traject (2).koers');
  });
});
