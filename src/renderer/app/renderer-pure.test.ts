import { describe, expect, it } from 'vitest';
import { textOn } from '../pages/settings/contrast.js';
import { copyName } from './copy-name.js';
import { engagementPath, parseRoute } from './router.js';

const ID = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

describe('parseRoute', () => {
  it('reads home, each engagement section and the default section', () => {
    expect(parseRoute('')).toEqual({ name: 'screen', section: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'screen', section: 'home' });
    expect(parseRoute(`#/e/${ID}`)).toEqual({
      name: 'engagement',
      engagementId: ID,
      section: 'overview',
    });
    for (const section of [
      'overview',
      'stakeholders',
      'documents',
      'interviews',
      'findings',
      'matrix',
      'exports',
      'settings',
    ] as const) {
      expect(engagementPath(ID, section)).toBe(`#/e/${ID}/${section}`);
      expect(parseRoute(engagementPath(ID, section))).toEqual({
        name: 'engagement',
        engagementId: ID,
        section,
      });
    }
  });

  it('sends anything else to "not found" instead of guessing', () => {
    for (const hash of [
      '#/e/',
      '#/e/not-a-uuid/overview',
      `#/e/${ID}/secrets`,
      '#/elsewhere',
      `#/e/${ID}/overview/x`,
      `#/e/${ID}/home`,
      '#/overview',
    ]) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });
});

describe('copyName', () => {
  it('suggests a sibling name and keeps the extension', () => {
    expect(copyName('Visie Dijkhaven.koers')).toBe('Visie Dijkhaven-2.koers');
    expect(copyName('Visie.KOERS')).toBe('Visie-2.KOERS');
    expect(copyName('zonder extensie')).toBe('zonder extensie-2.koers');
  });
});

describe('textOn', () => {
  it('puts white on dark house colours and black on light ones', () => {
    expect(textOn('#1f4e79')).toBe('#ffffff');
    expect(textOn('#000000')).toBe('#ffffff');
    expect(textOn('#f2a900')).toBe('#000000');
    expect(textOn('#ffffff')).toBe('#000000');
  });

  it('falls back to black for a value that is not a colour yet (while typing)', () => {
    expect(textOn('#12')).toBe('#000000');
  });
});
