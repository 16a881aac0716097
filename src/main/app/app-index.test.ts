import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppIndex, recentIdFor } from './app-index.js';
import { tempDir } from '../../../test/helpers/temp-core.js';

describe('app index', () => {
  it('keeps recent files and the language across restarts, newest first', () => {
    const dir = tempDir();
    const index = new AppIndex(dir);
    index.touchRecent({ path: '/a/Een.koers', title: 'Een', clientName: 'Gemeente A' });
    index.touchRecent({ path: '/a/Twee.koers', title: 'Twee', clientName: 'Gemeente B' });
    index.touchRecent({ path: '/a/Een.koers', title: 'Een (nieuw)', clientName: 'Gemeente A' });
    index.setLanguage('en');
    const again = new AppIndex(dir);
    expect(again.recent.map((r) => r.title)).toEqual(['Een (nieuw)', 'Twee']);
    expect(again.preferences.language).toBe('en');
    expect(again.findRecent(recentIdFor('/a/Twee.koers'))?.title).toBe('Twee');
    expect(again.hasOpenedAnything).toBe(true);
  });

  it('sets a damaged index aside and starts fresh instead of refusing to start', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'koers-index.json'), '{"version": 1, "recent": [tru');
    const index = new AppIndex(dir);
    expect(index.recent).toEqual([]);
    expect(index.preferences.language).toBe('nl');
    const kept = fs.readdirSync(dir).filter((n) => n.startsWith('koers-index.json.damaged-'));
    expect(kept).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept[0]!), 'utf8')).toContain('[tru');
  });
});
