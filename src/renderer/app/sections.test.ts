import { describe, expect, it } from 'vitest';
import { uiEn } from '../../shared/i18n/ui.en.js';
import { uiNl } from '../../shared/i18n/ui.nl.js';
import { DEFAULT_ENGAGEMENT_SECTION, NAV_SECTIONS, SECTIONS } from './sections.js';

const textAt = (tree: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], tree);

describe('the sections table', () => {
  it('gives every section its own id and, per kind, its own path', () => {
    expect(new Set(SECTIONS.map((s) => s.id)).size).toBe(SECTIONS.length);
    for (const inEngagement of [true, false]) {
      const paths = SECTIONS.filter((s) => s.needsEngagement === inEngagement).map((s) => s.path);
      expect(new Set(paths).size, `needsEngagement ${inEngagement}`).toBe(paths.length);
    }
    expect(SECTIONS.find((s) => s.id === DEFAULT_ENGAGEMENT_SECTION)?.needsEngagement).toBe(true);
  });

  it('lists the engagement navigation in order, each label a text in both languages', () => {
    expect(NAV_SECTIONS.map((s) => s.id)).toEqual([
      'overview',
      'stakeholders',
      'documents',
      'interviews',
      'findings',
      'matrix',
      'sessions',
      'vision',
      'stakeholderTools',
      'adoption',
      'timeline',
      'roadmap',
      'exports',
      'settings',
    ]);
    for (const section of NAV_SECTIONS) {
      expect(typeof textAt(uiNl, section.navLabel), section.navLabel).toBe('string');
      expect(typeof textAt(uiEn, section.navLabel), section.navLabel).toBe('string');
    }
    expect(textAt(uiNl, 'engagement.findings')).toBe('Bevindingen');
  });
});
