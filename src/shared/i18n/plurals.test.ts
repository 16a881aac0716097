import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { uiI18nOptions } from './resources.js';

// Counts go through i18next's plural rules: "1 interview", "2 interviews", in both languages.
describe('plural forms in the UI', () => {
  it.each([
    ['nl', 1, '1 betrokkene', '1 interview', '1 bevinding'],
    ['nl', 2, '2 betrokkenen', '2 interviews', '2 bevindingen'],
    ['en', 1, '1 stakeholder', '1 interview', '1 finding'],
    ['en', 2, '2 stakeholders', '2 interviews', '2 findings'],
  ] as const)('%s with count %d', async (lng, count, people, interviews, findings) => {
    const i18n = i18next.createInstance();
    await i18n.init({ ...uiI18nOptions(), lng });
    expect(i18n.t('stakeholders.count', { count })).toBe(people);
    expect(i18n.t('stakeholders.linkedInterviews', { count })).toBe(interviews);
    expect(i18n.t('stakeholders.linkedFindings', { count })).toBe(findings);
  });
});
