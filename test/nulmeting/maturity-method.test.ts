import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOMAIN_AREAS } from '../../src/main/domains/index.js';
import {
  assertMaturityThemesExist,
  MATURITY_THEME_LIST,
  maturityMethod,
} from '../../src/main/domains/nulmeting/nulmeting.method.js';
import {
  loadMethod,
  MethodLoadError,
  resolveMethodDir,
} from '../../src/main/method/load-method.js';
import type { LocalizedText } from '../../src/shared/domain/method.js';
import { BOUWSTENEN, type MaturityMethod } from '../../src/shared/domain/nulmeting.js';

// The maturity model of the nulmeting as the method ships it (resources/method/maturity.json),
// read back through the loader with its schema and checks: eight dimensions in a fixed order,
// five levels, every bouwsteen of seed 001 covered, themes that exist, Dutch and English.

const methodDir = resolveMethodDir();
const load = (dir: string) => loadMethod(dir, [maturityMethod]);

const expectBothLanguages = (text: LocalizedText, where: string): void => {
  expect(text.nl.trim(), where).not.toBe('');
  expect(text.en.trim(), where).not.toBe('');
  // A copy-paste slip leaves the Dutch text in the English field.
  expect(text.en, where).not.toBe(text.nl);
};

describe('the maturity model in resources/method', () => {
  const method = load(methodDir);
  const maturity = method.parts[maturityMethod.key] as MaturityMethod;

  it('has the eight dimensions of the nulmeting, in the agreed order', () => {
    expect(maturity.dimensions.map((d) => d.id)).toEqual([
      'leiderschap-strategie',
      'cultuur',
      'mensen-datavaardigheid',
      'governance',
      'privacy-ethiek',
      'data',
      'techniek-architectuur',
      'agile-experimenteren',
    ]);
    expect(maturity.dimensions.map((d) => d.name.nl)).toEqual([
      'Leiderschap & strategie',
      'Cultuur',
      'Mensen & datavaardigheid',
      'Governance',
      'Privacy & ethiek',
      'Data',
      'Techniek & architectuur',
      'Agile werken & experimenteren',
    ]);
  });

  it('has five levels, 1 to 5, from Verkennen to Datawijs', () => {
    expect(maturity.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(maturity.levels.map((l) => l.label.nl)).toEqual([
      'Verkennen',
      'Experimenteren',
      'Structureren',
      'Verankeren',
      'Datawijs',
    ]);
    for (const level of maturity.levels) {
      expectBothLanguages(level.label, `level ${level.level}`);
      expectBothLanguages(level.summary, `level ${level.level}`);
    }
  });

  it('describes each dimension at five distinct levels, with 3 or 4 questions, in both languages', () => {
    for (const d of maturity.dimensions) {
      expectBothLanguages(d.description, d.id);
      expect(d.levels, d.id).toHaveLength(5);
      expect(new Set(d.levels.map((l) => l.nl)).size, d.id).toBe(5);
      d.levels.forEach((text, i) => {
        expectBothLanguages(text, `${d.id} level ${i + 1}`);
        // A descriptor says what one sees in the organisation: a sentence or three, not a word.
        expect(text.nl.length, `${d.id} level ${i + 1}`).toBeGreaterThan(60);
        expect(text.nl.length, `${d.id} level ${i + 1}`).toBeLessThan(400);
      });
      expect(d.questions.length, d.id).toBeGreaterThanOrEqual(3);
      expect(d.questions.length, d.id).toBeLessThanOrEqual(4);
      for (const q of d.questions) {
        expectBothLanguages(q, d.id);
        expect(q.nl.endsWith('?'), q.nl).toBe(true);
        expect(q.en.endsWith('?'), q.en).toBe(true);
      }
    }
  });

  it('maps the dimensions onto all seven bouwstenen', () => {
    const used = new Set(maturity.dimensions.flatMap((d) => d.bouwstenen));
    expect([...used].sort()).toEqual([...BOUWSTENEN].sort());
    expect(maturity.dimensions.find((d) => d.id === 'leiderschap-strategie')?.bouwstenen).toContain(
      'bestuurlijk-draagvlak',
    );
    expect(maturity.dimensions.find((d) => d.id === 'agile-experimenteren')?.bouwstenen).toEqual(
      expect.arrayContaining(['agile-aanpak', 'experimenten']),
    );
  });

  it('names only themes of the findings list in themes.json, and each dimension at least one', () => {
    const list = method.themes.lists.find((l) => l.id === MATURITY_THEME_LIST);
    const known = new Set(list?.themes.map((t) => t.id));
    expect(known.size).toBeGreaterThan(0);
    for (const d of maturity.dimensions) {
      expect(d.themes.length, d.id).toBeGreaterThanOrEqual(1);
      for (const theme of d.themes) expect(known.has(theme), `${d.id}: ${theme}`).toBe(true);
    }
    expect(() => assertMaturityThemesExist(maturity, method.themes)).not.toThrow();
  });

  it('speaks the language of the field: datawijsheid, and not only about technique', () => {
    const all = JSON.stringify(maturity);
    expect(all).toMatch(/datawijs/i);
    for (const word of [/college/, /wethouder/, /AVG/, /algoritmeregister/, /ketenpartners/])
      expect(all).toMatch(word);
  });
});

describe('a broken maturity model', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'koers-maturity-'));
    cpSync(methodDir, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Edited as plain JSON, the way a consultant edits the file.
  const editMaturity = (change: (json: MaturityMethod) => void): void => {
    const path = join(dir, 'maturity.json');
    const json = JSON.parse(readFileSync(path, 'utf8')) as MaturityMethod;
    change(json);
    writeFileSync(path, JSON.stringify(json, null, 2));
  };
  const loadError = (): MethodLoadError => {
    try {
      load(dir);
    } catch (error) {
      if (error instanceof MethodLoadError) return error;
      throw error;
    }
    throw new Error('the broken model was accepted');
  };

  it('refuses a dimension id that occurs twice, naming the second', () => {
    editMaturity((json) => {
      json.dimensions[5]!.id = 'cultuur';
    });
    const error = loadError();
    expect(error.file).toBe('maturity.json');
    expect(error.fieldPath).toBe('dimensions.5.id');
    expect(error.message).toMatch(/'cultuur' komt meer dan eens voor/);
  });

  it('refuses a dimension described at four levels instead of five', () => {
    editMaturity((json) => {
      json.dimensions[2]!.levels.pop();
    });
    const error = loadError();
    expect(error.file).toBe('maturity.json');
    expect(error.fieldPath).toBe('dimensions.2.levels');
  });

  it('refuses a model with four levels', () => {
    editMaturity((json) => {
      json.levels.pop();
    });
    expect(loadError().fieldPath).toBe('levels');
  });

  it('refuses levels out of order', () => {
    editMaturity((json) => {
      json.levels[1]!.level = 3;
      json.levels[2]!.level = 2;
    });
    const error = loadError();
    expect(error.fieldPath).toBe('levels.1.level');
    expect(error.message).toMatch(/niveau 2, niet 3/);
  });

  it('refuses an unknown bouwsteen and a missing English text', () => {
    editMaturity((json) => {
      (json.dimensions[0]!.bouwstenen as string[]).push('data-strategie');
    });
    expect(loadError().fieldPath).toBe('dimensions.0.bouwstenen.2');
    cpSync(join(methodDir, 'maturity.json'), join(dir, 'maturity.json'));
    editMaturity((json) => {
      json.dimensions[4]!.questions[1]!.en = '';
    });
    expect(loadError().fieldPath).toBe('dimensions.4.questions.1.en');
  });

  it('refuses, as the method loads, a theme that themes.json does not have', () => {
    editMaturity((json) => {
      json.dimensions[3]!.themes.push('bestaat-niet');
    });
    const last = (load(methodDir).parts[maturityMethod.key] as MaturityMethod).dimensions[3]!.themes
      .length;
    const error = loadError();
    expect(error.file).toBe('maturity.json');
    expect(error.fieldPath).toBe(`dimensions.3.themes.${last}`);
    expect(error.message).toBe(
      `Methodebestand maturity.json is ongeldig bij dimensions.3.themes.${last}: er is geen thema met id 'bestaat-niet' in de lijst '${MATURITY_THEME_LIST}' van themes.json`,
    );
  });

  it('refuses a theme renamed in themes.json that maturity.json still names, with every area loaded', () => {
    const themesPath = join(dir, 'themes.json');
    const themes = JSON.parse(readFileSync(themesPath, 'utf8')) as {
      lists: { id: string; themes: { id: string }[] }[];
    };
    const findings = themes.lists.find((l) => l.id === MATURITY_THEME_LIST)!;
    findings.themes.find((t) => t.id === 'datakwaliteit')!.id = 'kwaliteit-van-gegevens';
    writeFileSync(themesPath, JSON.stringify(themes, null, 2));
    const model = load(methodDir).parts[maturityMethod.key] as MaturityMethod;
    const i = model.dimensions.findIndex((d) => d.themes.includes('datakwaliteit'));
    const j = model.dimensions[i]!.themes.indexOf('datakwaliteit');
    // The method as createCore loads it: the base with every domain area's part.
    expect(() =>
      loadMethod(
        dir,
        DOMAIN_AREAS.flatMap((area) => area.method ?? []),
      ),
    ).toThrow(
      new RegExp(
        `maturity\\.json is ongeldig bij dimensions\\.${i}\\.themes\\.${j}: .*'datakwaliteit'`,
      ),
    );
  });

  it('says so when the file is missing', () => {
    rmSync(join(dir, 'maturity.json'));
    expect(() => load(dir)).toThrow(/maturity\.json.*ontbreekt/);
  });
});
