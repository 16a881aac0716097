import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { visionMethodFileSchema, type VisionMethod } from '../../src/shared/domain/vision.js';
import { jargonPattern, visionChecks } from '../../src/main/domains/vision/vision-checks.js';

// The checks beside the vision editor: a pure function, tested with the method's own word list
// (resources/method/vision.json) and small hand-made visions.

const method: VisionMethod = visionMethodFileSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve('resources/method/vision.json'), 'utf8')),
);

const T1 = '00000000-0000-4000-8000-0000000000a1';
const T2 = '00000000-0000-4000-8000-0000000000a2';

const passage = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  kind: 'themavisie' as const,
  title: 'Titel',
  body: '',
  forInhabitants: '',
  forStaff: '',
  forBoard: '',
  themeId: null as string | null,
  findings: [] as {
    id: string;
    statement: string;
    kind: 'ambitie';
    importance: number;
    themeIds: string[];
    group: null;
  }[],
  ...over,
});

const finding = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  statement: `Bevinding ${id}`,
  kind: 'uitdaging' as const,
  importance: 2,
  themeIds: [] as string[],
  ...over,
});

const linked = (id: string) => ({
  id,
  statement: 's',
  kind: 'ambitie' as const,
  importance: 2,
  themeIds: [],
  group: null,
});

describe('vision checks', () => {
  it('reports passages without support, except kernwaarden and randvoorwaarden', () => {
    const checks = visionChecks({
      passages: [
        passage('p1', { kind: 'kernvisie' }),
        passage('p2', { kind: 'themavisie', findings: [linked('f1')] }),
        passage('p3', { kind: 'ambitie' }),
        passage('p4', { kind: 'kernwaarde' }),
        passage('p5', { kind: 'randvoorwaarde' }),
      ],
      findings: [],
      themes: [],
      method,
      language: 'nl',
    });
    expect(checks).toEqual([
      { code: 'passage-unsupported', passageId: 'p1' },
      { code: 'passage-unsupported', passageId: 'p3' },
    ]);
  });

  it('reports a theme with at least the threshold of findings and no passage, and none below it', () => {
    const many = Array.from({ length: method.frequentThemeThreshold }, (_, i) =>
      finding(`a${i}`, { themeIds: [T1] }),
    );
    const few = Array.from({ length: method.frequentThemeThreshold - 1 }, (_, i) =>
      finding(`b${i}`, { themeIds: [T2] }),
    );
    const themes = [
      { id: T1, name: 'Ethiek' },
      { id: T2, name: 'Transparantie' },
    ];
    const uncovered = visionChecks({
      passages: [],
      findings: [...many, ...few],
      themes,
      method,
      language: 'nl',
    }).filter((c) => c.code === 'theme-uncovered');
    expect(uncovered).toEqual([
      {
        code: 'theme-uncovered',
        themeId: T1,
        themeName: 'Ethiek',
        findingCount: method.frequentThemeThreshold,
        threshold: method.frequentThemeThreshold,
      },
    ]);
    // A passage on the theme answers it.
    const answered = visionChecks({
      passages: [passage('p', { themeId: T1, findings: [linked('a0')] })],
      findings: many,
      themes,
      method,
      language: 'nl',
    });
    expect(answered.filter((c) => c.code === 'theme-uncovered')).toEqual([]);
  });

  it('reports a must-have or high-importance finding that no passage links', () => {
    const checks = visionChecks({
      passages: [passage('p', { findings: [linked('f3')] })],
      findings: [
        finding('f1', { kind: 'must-have', importance: 1 }),
        finding('f2', { importance: 3 }),
        finding('f3', { kind: 'must-have', importance: 3 }),
        finding('f4', { importance: 2 }),
      ],
      themes: [],
      method,
      language: 'en',
    });
    expect(checks.filter((c) => c.code === 'finding-unaddressed')).toEqual([
      {
        code: 'finding-unaddressed',
        findingId: 'f1',
        statement: 'Bevinding f1',
        reason: 'must-have',
      },
      {
        code: 'finding-unaddressed',
        findingId: 'f2',
        statement: 'Bevinding f2',
        reason: 'high-importance',
      },
    ]);
  });

  it('finds warned words in any case, whole or in compounds, with the method’s advice', () => {
    const checks = visionChecks({
      passages: [
        passage('p', {
          findings: [linked('f')],
          title: 'Een DATAGESTUURDE gemeente',
          body: 'We worden datagestuurd. Informatie- en datagestuurd werken; onze KPI’s en een kpi.',
          forStaff: 'Het stakeholdersoverleg wil alles optimaliseren via procesoptimaliseren.',
          forBoard: 'Big data en big-data en een bigdataplatform.',
        }),
      ],
      findings: [],
      themes: [],
      method,
      language: 'nl',
    }).filter((c) => c.code === 'jargon');
    const found = checks.map((c) => (c.code === 'jargon' ? `${c.field}:${c.found}` : ''));
    expect(found).toEqual([
      'title:DATAGESTUURDE',
      'body:datagestuurd',
      // One report per word and field: "KPI’s" and "kpi" are the same word.
      'body:KPI',
      'forStaff:stakeholdersoverleg',
      'forStaff:optimaliseren',
      'forStaff:procesoptimaliseren',
      'forBoard:Big data',
      'forBoard:big-data',
    ]);
    const first = checks[0]!;
    expect(first.code === 'jargon' && first.preferred).toBe('datagedreven');
    expect(first.code === 'jargon' && first.explanation).toMatch(/mensen besluiten/);
  });

  it('leaves words alone that only contain a warned whole word, and plain “datagedreven”', () => {
    expect('kpis'.match(jargonPattern('kpi', 'word'))).toBeNull();
    expect('akpi'.match(jargonPattern('kpi', 'word'))).toBeNull();
    expect('datagedreven werken'.match(jargonPattern('datagestuurd', 'part'))).toBeNull();
    expect('herimplementeren'.match(jargonPattern('implementeren', 'start'))).toBeNull();
    expect('Implementeerde'.match(jargonPattern('implementeren', 'start'))).toBeNull();
    expect('Implementeren'.match(jargonPattern('implementeren', 'start'))).toEqual([
      'Implementeren',
    ]);
  });

  it('reads a hostile text without trouble and reports nothing for it', () => {
    const hostile =
      '<script>alert(1)</script>\u0000\u202e' + '(a+)+$'.repeat(1000) + '💥'.repeat(500);
    const checks = visionChecks({
      passages: [passage('p', { findings: [linked('f')], body: hostile, title: hostile })],
      findings: [],
      themes: [],
      method,
      language: 'nl',
    });
    expect(checks).toEqual([]);
  });
});
