import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator.js';
import { shellMessages } from './shell.js';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
};

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

const nl = flatten(shellMessages.nl);
const en = flatten(shellMessages.en);

describe('shell texts', () => {
  it('have the same keys and placeholders in Dutch and English, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    for (const [key, text] of nl) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('fill their placeholders through i18next, without escaping', () => {
    const t = createTranslator('nl', { shell: shellMessages });
    expect(t('dialog.copyName', { name: 'Visie & "MT"' })).toBe('Visie & "MT" (kopie).koers');
    expect(
      createTranslator('en', { shell: shellMessages })('menu.recentMissing', { title: 'Old' }),
    ).toBe('Old (missing)');
  });
});
