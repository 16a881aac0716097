import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalizedText } from '../../shared/domain/method.js';
import { DOMAIN_AREAS } from '../domains/index.js';
import { sessionsMethod } from '../domains/sessions/session.method.js';
import { stakeholderToolsMethod } from '../domains/stakeholder-tools/stakeholder-tools.method.js';
import { loadMethod as loadBase, MethodLoadError, resolveMethodDir } from './load-method.js';
import { currentMethodPart } from './method-part.js';

const methodDir = resolveMethodDir();
// The method as the core loads it: the base with every domain area's part.
const loadMethod = (dir: string) =>
  loadBase(
    dir,
    DOMAIN_AREAS.flatMap((area) => area.method ?? []),
  );

const relativeLuminance = (hex: string): number => {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
};
const contrastWithWhite = (hex: string): number => 1.05 / (relativeLuminance(hex) + 0.05);

const expectBothLanguages = (text: LocalizedText | undefined): void => {
  if (text === undefined) return;
  expect(text.nl.trim()).not.toBe('');
  expect(text.en.trim()).not.toBe('');
  // A copy-paste slip leaves the Dutch text in the English field.
  expect(text.en).not.toBe(text.nl);
};

describe('the real method in resources/method', () => {
  const method = loadMethod(methodDir);

  it('has four steps numbered 1 to 4 with the titles of the approach', () => {
    expect(method.manifest.version).toBe('2026.1');
    expect(method.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(method.steps.map((s) => s.title.nl)).toEqual([
      'Analyse en interviews',
      'Werksessies met raad en organisatie',
      'Visie visualiseren',
      'Vaststellen en vervolg',
    ]);
  });

  it('gives each step 5 to 9 checklist items, all in Dutch and English', () => {
    for (const step of method.steps) {
      expect(step.checklist.length).toBeGreaterThanOrEqual(5);
      expect(step.checklist.length).toBeLessThanOrEqual(9);
      expectBothLanguages(step.title);
      expectBothLanguages(step.summary);
      for (const item of step.checklist) {
        expect(item.id.startsWith(`s${step.number}-`)).toBe(true);
        expectBothLanguages(item.label);
        expectBothLanguages(item.hint);
      }
    }
  });

  it('has the default, world-café and council theme lists with readable, distinct colours', () => {
    const lists = new Map(method.themes.lists.map((l) => [l.id, l]));
    expect(lists.has(method.themes.defaultList)).toBe(true);
    expect(lists.get('world-cafe')?.themes.map((t) => t.name.nl)).toEqual([
      'Ethiek',
      'Privacy',
      'Governance',
      'Techniek',
      'Mensen',
      'Lerend vermogen',
    ]);
    expect(lists.get('raadsopgaven')?.themes.map((t) => t.id)).toEqual([
      'duurzaamheid-energietransitie',
      'goede-zorg',
      'verkeersstromen',
      'woningbouw',
      'armoedebestrijding',
    ]);
    expect(lists.get(method.themes.defaultList)?.themes.length).toBeGreaterThanOrEqual(10);
    for (const list of method.themes.lists) {
      expectBothLanguages(list.name);
      expectBothLanguages(list.description);
      const colours = list.themes.map((t) => t.color.toLowerCase());
      expect(new Set(colours).size).toBe(colours.length);
      for (const theme of list.themes) {
        // Theme chips carry white text and themes are drawn on white paper: WCAG AA either way.
        expect(contrastWithWhite(theme.color), theme.id).toBeGreaterThanOrEqual(4.5);
        expectBothLanguages(theme.description);
      }
    }
  });
});

describe('the interview guide in resources/method', () => {
  const guide = loadMethod(methodDir).interviewGuide;
  const byId = new Map(guide.questions.map((q) => [q.id, q]));

  it('has 14 to 20 questions with unique ids, each with one to three probes', () => {
    expect(guide.questions.length).toBeGreaterThanOrEqual(14);
    expect(guide.questions.length).toBeLessThanOrEqual(20);
    expect(byId.size).toBe(guide.questions.length);
    expectBothLanguages(guide.introduction);
    for (const question of guide.questions) {
      expect(question.id.startsWith('ig-'), question.id).toBe(true);
      expectBothLanguages(question.section);
      expectBothLanguages(question.text);
      expect(question.text.nl.endsWith('?'), question.id).toBe(true);
      expect(question.probes.length, question.id).toBeGreaterThanOrEqual(1);
      expect(question.probes.length, question.id).toBeLessThanOrEqual(3);
      question.probes.forEach(expectBothLanguages);
    }
  });

  it('asks the two core questions of step 1: the biggest challenges and what the vision must not lack', () => {
    expect(byId.get('ig-uitdagingen-grootste')?.text.nl).toMatch(/grootste uitdagingen/);
    expect(byId.get('ig-visie-niet-missen')?.text.nl).toMatch(/niet ontbreken/);
  });

  it('opens with the introduction and role and closes with the closing, sections kept together', () => {
    const sections = guide.questions.map((q) => q.section.nl);
    expect(sections[0]).toBe('Introductie & rol');
    expect(sections.at(-1)).toBe('Afsluiting');
    const runs = sections.filter((s, i) => i === 0 || sections[i - 1] !== s);
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs).toEqual(
      expect.arrayContaining([
        'Uitdagingen van de organisatie',
        'Ambities en kansen',
        'Data in het werk vandaag',
        'Ethiek & privacy',
        'Governance & eigenaarschap',
        'Vaardigheden & cultuur',
        'Wat de visie niet mag missen',
      ]),
    );
  });
});

describe('the stakeholder tools in resources/method', () => {
  const tools = currentMethodPart({ method: loadMethod(methodDir) }, stakeholderToolsMethod);

  it('has four quadrants, one per corner, each with a name and a default strategy', () => {
    const corners = tools.forceField.quadrants.map((q) => `${q.influence}/${q.attitude}`);
    expect(new Set(corners)).toEqual(
      new Set(['high/positive', 'high/negative', 'low/positive', 'low/negative']),
    );
    const byCorner = new Map(
      tools.forceField.quadrants.map((q) => [`${q.influence}/${q.attitude}`, q]),
    );
    expect(byCorner.get('high/positive')?.name.nl).toBe('Sleutelspelers');
    expect(byCorner.get('low/negative')?.name.nl).toBe('Monitoren');
    for (const q of tools.forceField.quadrants) {
      expectBothLanguages(q.name);
      expectBothLanguages(q.strategy);
    }
  });

  it('lists values, the roles of seeds 000/001 and the four iceberg layers, in Dutch and English', () => {
    expect(tools.values.length).toBeGreaterThanOrEqual(10);
    expect(tools.roles.map((r) => r.id)).toEqual([
      'boegbeeld',
      'eigenaar',
      'ambassadeur',
      'trekker',
      'witte-raaf',
      'early-adopter',
    ]);
    expect(tools.icebergLayers.map((l) => l.name.nl)).toEqual([
      'Gebeurtenissen',
      'Patronen',
      'Structuren',
      'Mentale modellen',
    ]);
    for (const entry of [...tools.values, ...tools.roles, ...tools.icebergLayers]) {
      expectBothLanguages(entry.description);
      // "Privacy" and "Early adopter" are the same word in both languages.
      expect(entry.name.nl.trim()).not.toBe('');
      expect(entry.name.en.trim()).not.toBe('');
    }
    for (const layer of tools.icebergLayers) {
      expect(layer.questions.length).toBeGreaterThanOrEqual(1);
      for (const q of layer.questions) expect(q.nl.endsWith('?')).toBe(true);
    }
  });
});

describe('resolveMethodDir', () => {
  it('finds the same folder from a compiled location below the package root', () => {
    const fromOut = resolveMethodDir(join(methodDir, '..', '..', 'out', 'main', 'method'));
    expect(fromOut).toBe(methodDir);
  });

  it('says so when there is no method above the start folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'koers-nomethod-'));
    try {
      expect(() => resolveMethodDir(empty)).toThrow(/resources\/method/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('a broken method', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'koers-method-'));
    cpSync(methodDir, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // The JSON is edited as plain data, the way a consultant would edit the file.
  const edit = (file: string, change: (json: Record<string, never>) => void): void => {
    const path = join(dir, file);
    const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, never>;
    change(json);
    writeFileSync(path, JSON.stringify(json, null, 2));
  };
  type StepsJson = { steps: { id: string; summary?: unknown; checklist: { id: string }[] }[] };
  type ThemesJson = { defaultList: string; lists: { themes: { id: string; color: string }[] }[] };
  const editSteps = (change: (json: StepsJson) => void): void =>
    edit('steps.json', (json) => change(json as unknown as StepsJson));
  const editThemes = (change: (json: ThemesJson) => void): void =>
    edit('themes.json', (json) => change(json as unknown as ThemesJson));
  type GuideJson = { questions: { id: string; text: { nl?: string } }[] };
  const editGuide = (change: (json: GuideJson) => void): void =>
    edit('interview-guide.json', (json) => change(json as unknown as GuideJson));

  const loadError = (): MethodLoadError => {
    try {
      loadMethod(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(MethodLoadError);
      return error as MethodLoadError;
    }
    throw new Error('loadMethod accepted a broken method');
  };

  it('loads the untouched copy', () => {
    expect(loadMethod(dir).steps).toHaveLength(4);
  });

  it('names the file and path of a missing field', () => {
    editSteps((json) => {
      delete json.steps[1]!.summary;
    });
    const error = loadError();
    expect(error.file).toBe('steps.json');
    expect(error.fieldPath).toBe('steps.1.summary');
    expect(error.message).toContain('steps.json');
    expect(error.message).toContain('steps.1.summary');
  });

  it('loads the session types and the statement bank, and names a statement of an unknown theme', () => {
    const sessions = currentMethodPart({ method: loadMethod(dir) }, sessionsMethod);
    expect(sessions.sessionTypes.map((t) => t.id)).toContain('world-cafe');
    for (const theme of sessions.statementThemes)
      expect(
        sessions.statements.filter((st) => st.theme === theme.id).length,
      ).toBeGreaterThanOrEqual(4);
    edit('sessions.json', (json) => {
      (json as unknown as { statements: { theme: string }[] }).statements[3]!.theme = 'onbekend';
    });
    const error = loadError();
    expect(error.file).toBe('sessions.json');
    expect(error.fieldPath).toBe('statements.3.theme');
  });

  it('names a checklist id used twice, even across steps', () => {
    editSteps((json) => {
      json.steps[2]!.checklist[3]!.id = json.steps[0]!.checklist[0]!.id;
    });
    const error = loadError();
    expect(error.message).toContain('steps.json');
    expect(error.fieldPath).toBe('steps.2.checklist.3.id');
  });

  it('names a theme id used twice within a list', () => {
    editThemes((json) => {
      json.lists[1]!.themes[2]!.id = json.lists[1]!.themes[0]!.id;
    });
    const error = loadError();
    expect(error.message).toContain('themes.json');
    expect(error.fieldPath).toBe('lists.1.themes.2.id');
  });

  it('names a colour that is not #rrggbb', () => {
    editThemes((json) => {
      json.lists[0]!.themes[4]!.color = 'blauw';
    });
    const error = loadError();
    expect(error.message).toContain('themes.json');
    expect(error.fieldPath).toBe('lists.0.themes.4.color');
  });

  it('refuses a default list that does not exist', () => {
    editThemes((json) => {
      json.defaultList = 'bestaat-niet';
    });
    const error = loadError();
    expect(error.fieldPath).toBe('defaultList');
    expect(error.message).toContain('bestaat-niet');
  });

  it('names a guide question id used twice', () => {
    let twice = '';
    editGuide((json) => {
      twice = json.questions[2]!.id;
      json.questions[5]!.id = twice;
    });
    const error = loadError();
    expect(error.file).toBe('interview-guide.json');
    expect(error.fieldPath).toBe('questions.5.id');
    expect(error.message).toContain('interview-guide.json');
    expect(error.message).toContain(`'${twice}'`);
  });

  it('names a guide question without Dutch text', () => {
    editGuide((json) => {
      delete json.questions[3]!.text.nl;
    });
    const error = loadError();
    expect(error.file).toBe('interview-guide.json');
    expect(error.fieldPath).toBe('questions.3.text.nl');
  });

  it('names a stakeholder-tools value id used twice', () => {
    edit('stakeholder-tools.json', (json) => {
      const values = (json as unknown as { values: { id: string }[] }).values;
      values[3]!.id = values[0]!.id;
    });
    const error = loadError();
    expect(error.file).toBe('stakeholder-tools.json');
    expect(error.fieldPath).toBe('values.3.id');
  });

  it('refuses a method without an interview guide', () => {
    rmSync(join(dir, 'interview-guide.json'));
    expect(() => loadMethod(dir)).toThrow(/interview-guide\.json.*ontbreekt/);
  });

  it('names the file when it is missing or not JSON', () => {
    rmSync(join(dir, 'manifest.json'));
    expect(() => loadMethod(dir)).toThrow(/manifest\.json.*ontbreekt/);
    writeFileSync(join(dir, 'manifest.json'), '{ "name": ');
    expect(() => loadMethod(dir)).toThrow(/manifest\.json.*geen geldige JSON/);
  });
});

describe('method parts of the domain areas', () => {
  it('are each loaded under their key and refused when a file is missing', () => {
    const loaded = loadMethod(methodDir);
    expect(Object.keys(loaded.parts).sort()).toEqual(
      DOMAIN_AREAS.flatMap((area) => area.method ?? [])
        .map((part) => part.key)
        .sort(),
    );
    const dir = mkdtempSync(join(tmpdir(), 'koers-method-part-'));
    try {
      cpSync(methodDir, dir, { recursive: true });
      rmSync(join(dir, 'stakeholder-tools.json'));
      expect(() => loadMethod(dir)).toThrow(/stakeholder-tools\.json.*ontbreekt/);
      // The base alone does not need an area's file.
      expect(loadBase(dir).parts).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a part listed twice, and reading a part that was not loaded', () => {
    expect(() => loadBase(methodDir, [sessionsMethod, sessionsMethod])).toThrow(/twice/);
    expect(() => currentMethodPart({ method: loadBase(methodDir) }, sessionsMethod)).toThrow(
      /not loaded/,
    );
  });
});
