import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { textNamespaces, UI_NAMESPACES, uiI18nOptions } from './resources.js';
import { EXPORT_TYPES } from '../domain/export.js';
import { uiEn } from './ui.en.js';
import { uiNl } from './ui.nl.js';

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

const nl = flatten(uiNl);
const en = flatten(uiEn);

// The compiler already checks that both files have the same keys; these checks cover what a
// type cannot see: empty texts, and a placeholder renamed or dropped in one language.
describe('UI texts', () => {
  it('has the same keys in Dutch and English', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    expect(nl.size).toBeGreaterThan(100);
  });

  it('has no empty text', () => {
    for (const [key, value] of [...nl, ...en]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, value] of nl)
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('gives every plural both its forms', () => {
    for (const key of nl.keys()) {
      if (key.endsWith('_one')) expect(nl.has(key.replace(/_one$/, '_other')), key).toBe(true);
      if (key.endsWith('_other')) expect(nl.has(key.replace(/_other$/, '_one')), key).toBe(true);
    }
  });
});

// The namespaces translated outside React get the same checks.
describe.each(Object.entries(textNamespaces))('namespace %s', (_name, texts) => {
  const nlTexts = flatten(texts.nl as Tree);
  const enTexts = flatten(texts.en as Tree);

  it('has the same keys, placeholders and plural forms in Dutch and English', () => {
    expect([...enTexts.keys()].sort()).toEqual([...nlTexts.keys()].sort());
    for (const [key, value] of nlTexts) {
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(enTexts.get(key) ?? ''), key).toEqual(placeholders(value));
      if (key.endsWith('_one')) expect(nlTexts.has(key.replace(/_one$/, '_other')), key).toBe(true);
      if (key.endsWith('_other'))
        expect(nlTexts.has(key.replace(/_other$/, '_one')), key).toBe(true);
    }
  });
});

describe('UI namespaces', () => {
  // The renderer finds a key through the fallback namespaces, so a top-level group in two
  // namespaces would hide one of them.
  it('gives every top-level group to exactly one namespace, the same in both languages', () => {
    const owners = new Map<string, string>();
    for (const [name, texts] of Object.entries(UI_NAMESPACES)) {
      expect(Object.keys(texts.en).sort(), name).toEqual(Object.keys(texts.nl).sort());
      for (const group of Object.keys(texts.nl)) {
        expect(owners.get(group), `${group} in ${name}`).toBeUndefined();
        owners.set(group, name);
      }
    }
    expect([...owners.keys()].sort()).toEqual(Object.keys(uiNl).sort());
    expect(owners.get('stakeholders')).toBe('stakeholders');
    expect(owners.get('palette')).toBe('search');
  });

  it('finds a key of any namespace without its prefix, as the renderer registers them', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'nl', ...uiI18nOptions() });
    expect(i18n.t('actions.save')).toBe('Opslaan');
    expect(i18n.t('engagement.findings')).toBe('Bevindingen');
    expect(i18n.t('palette.placeholder')).toBe(uiNl.palette.placeholder);
    await i18n.changeLanguage('en');
    expect(i18n.t('engagement.findings')).toBe('Findings');
  });
});

describe('export cards', () => {
  it('have a title and a text for every document type, in the namespace of its area', () => {
    for (const tree of [uiNl, uiEn] as Record<string, unknown>[])
      for (const type of EXPORT_TYPES) {
        const card = tree[type] as { title?: string; text?: string } | undefined;
        expect(card?.title, type).toMatch(/\S/);
        expect(card?.text, type).toMatch(/\S/);
      }
  });
});
