import { describe, expect, it } from 'vitest';
import { EXPORT_TYPE_TABLE, EXPORT_TYPES } from '../../shared/domain/export.js';
import { cliTranslator, COMMANDS, formatBytes } from './cli-messages.js';

describe('cli messages', () => {
  it('formats sizes the Dutch and the English way', () => {
    expect(formatBytes('nl', 512)).toBe('512 bytes');
    expect(formatBytes('nl', 94208)).toBe('94.208 bytes (92 KB)');
    expect(formatBytes('en', 1572864)).toBe('1,572,864 bytes (1.5 MB)');
  });

  it('has help for every command in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      const t = cliTranslator(language);
      for (const command of COMMANDS) expect(t(`help.${command}`)).toContain(`koers ${command}`);
    }
  });

  it('lists every document type in the export help, with its format, from the type table', () => {
    for (const language of ['nl', 'en'] as const) {
      const help = cliTranslator(language)('help.export');
      const list = help.replace(/\s+/g, ' ');
      for (const type of EXPORT_TYPES) expect(list).toMatch(new RegExp(`\\b${type}\\b`));
      expect(list).toContain('roadmap-planning (Excel)');
      expect(list).toContain(`poster-pdf (PDF)`);
      expect(EXPORT_TYPE_TABLE['poster-pdf'].format).toBe('pdf');
      for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(95);
    }
  });

  it('counts in the singular and the plural', () => {
    const nl = cliTranslator('nl');
    const en = cliTranslator('en');
    expect(nl('verify.ok', { path: 'a.koers', version: 3, count: 1 })).toBe(
      'OK  a.koers (schema v3, 1 betrokkene)',
    );
    expect(nl('verify.ok', { path: 'a.koers', version: 3, count: 0 })).toBe(
      'OK  a.koers (schema v3, 0 betrokkenen)',
    );
    expect(en('verify.ok', { path: 'a.koers', version: 3, count: 2 })).toBe(
      'OK  a.koers (schema v3, 2 stakeholders)',
    );
    expect(nl('info.passages', { count: 1 })).toBe('1 fragment');
    expect(en('info.passages', { count: 12 })).toBe('12 passages');
  });

  it('keeps a file name with braces or $t( literal', () => {
    const t = cliTranslator('nl');
    expect(t('folderMissing', { dir: '/map/{{dir}}/$t(noCommand)' })).toBe(
      'De map /map/{{dir}}/$t(noCommand) bestaat niet. Maak haar eerst aan of kies een andere map.',
    );
  });
});
