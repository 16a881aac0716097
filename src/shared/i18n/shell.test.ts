import { describe, expect, it } from 'vitest';
import { createTranslator } from './translator.js';
import { shellMessages } from './shell.js';

// Same keys, placeholders and plural pairs in both languages: ui-messages.test.ts checks every
// namespace of textNamespaces, this one included.

describe('shell texts', () => {
  it('fill their placeholders through i18next, without escaping', () => {
    const t = createTranslator('nl', { shell: shellMessages });
    expect(t('dialog.copyName', { name: 'Visie & "MT"' })).toBe('Visie & "MT" (kopie).koers');
    expect(
      createTranslator('en', { shell: shellMessages })('menu.recentMissing', { title: 'Old' }),
    ).toBe('Old (missing)');
  });
});
