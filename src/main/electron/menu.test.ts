import { describe, expect, it } from 'vitest';
import type { MenuAction } from '../../shared/menu-actions.js';
import { buildMenuTemplate, type MenuInput } from './menu.js';

// Tests may not import electron, not even its types; the template's own type will do.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

const build = (overrides: Partial<MenuInput> = {}) => {
  const actions: MenuAction[] = [];
  const template = buildMenuTemplate({
    language: 'nl',
    platform: 'linux',
    isPackaged: true,
    recent: [],
    onAction: (action) => actions.push(action),
    ...overrides,
  });
  return { template, actions };
};

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];
const top = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((item) => item.label === label);
const item = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((entry) => entry.label === label);
const click = (entry: MenuItemConstructorOptions | undefined): void => {
  // The menu's own click handlers ignore their arguments; Electron's are not needed here.
  (entry?.click as (() => void) | undefined)?.();
};

describe('application menu', () => {
  it('has the Dutch menus in the usual order', () => {
    const { template } = build();
    expect(template.map((entry) => entry.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('gives Bestand the usual shortcuts', () => {
    const file = submenu(top(build().template, 'Bestand'));
    const shortcuts = Object.fromEntries(
      file.filter((entry) => entry.label).map((entry) => [entry.label, entry.accelerator]),
    );
    expect(shortcuts).toEqual({
      'Nieuw traject': 'CmdOrCtrl+N',
      'Openen…': 'CmdOrCtrl+O',
      'Recent geopend': undefined,
      'Opslaan als…': 'CmdOrCtrl+Shift+S',
      Sluiten: 'CmdOrCtrl+W',
      Afsluiten: 'Ctrl+Q',
    });
    expect(item(file, 'Afsluiten')?.role).toBe('quit');
  });

  it('sends one action per Bestand item to the renderer', () => {
    const { template, actions } = build();
    const file = submenu(top(template, 'Bestand'));
    for (const label of ['Nieuw traject', 'Openen…', 'Opslaan als…', 'Sluiten'])
      click(item(file, label));
    click(item(submenu(top(template, 'Help')), 'Over Koers'));
    expect(actions).toEqual([
      { kind: 'new' },
      { kind: 'open' },
      { kind: 'saveAs' },
      { kind: 'close' },
      { kind: 'about' },
    ]);
  });

  it('lists recent files, marks missing ones and opens them by id', () => {
    const { template, actions } = build({
      recent: [
        { id: 'r1', title: 'Dijkhaven', fileName: 'dijkhaven.koers', missing: false },
        { id: 'r2', title: '', fileName: 'oud.koers', missing: true },
      ],
    });
    const recent = submenu(item(submenu(top(template, 'Bestand')), 'Recent geopend'));
    expect(recent.map((entry) => entry.label)).toEqual(['Dijkhaven', 'oud.koers (ontbreekt)']);
    click(recent[1]);
    expect(actions).toEqual([{ kind: 'openRecent', recentId: 'r2' }]);
  });

  it('shows a disabled line when nothing was opened yet', () => {
    const recent = submenu(item(submenu(top(build().template, 'Bestand')), 'Recent geopend'));
    expect(recent).toEqual([{ label: 'Geen recente bestanden', enabled: false }]);
  });

  it('keeps at most ten recent files in the menu', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({
      id: `r${i}`,
      title: `Traject ${i}`,
      fileName: `t${i}.koers`,
      missing: false,
    }));
    const recent = submenu(
      item(submenu(top(build({ recent: many }).template, 'Bestand')), 'Recent geopend'),
    );
    expect(recent).toHaveLength(10);
  });

  it('has the edit roles with Dutch labels', () => {
    const edit = submenu(top(build().template, 'Bewerken'));
    const roles = edit
      .filter((entry) => entry.role)
      .map((entry) => [entry.label, entry.role, entry.accelerator]);
    expect(roles).toEqual([
      ['Ongedaan maken', 'undo', 'CmdOrCtrl+Z'],
      ['Opnieuw', 'redo', 'Ctrl+Y'],
      ['Knippen', 'cut', 'CmdOrCtrl+X'],
      ['Kopiëren', 'copy', 'CmdOrCtrl+C'],
      ['Plakken', 'paste', 'CmdOrCtrl+V'],
      ['Alles selecteren', 'selectAll', 'CmdOrCtrl+A'],
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    const roles = (isPackaged: boolean) =>
      submenu(top(build({ isPackaged }).template, 'Beeld')).map((entry) => entry.role);
    expect(roles(true)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', undefined, 'togglefullscreen']);
    expect(roles(false)).toContain('toggleDevTools');
  });

  it('follows the macOS conventions on a Mac', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((entry) => entry.label)).toEqual([
      'Koers',
      'Bestand',
      'Bewerken',
      'Beeld',
      'Help',
    ]);
    const appMenu = submenu(template[0]);
    expect(appMenu.find((entry) => entry.role === 'quit')?.accelerator).toBe('Command+Q');
    expect(submenu(top(template, 'Bestand')).some((entry) => entry.role === 'quit')).toBe(false);
  });

  it('uses English labels when the UI is English', () => {
    const { template } = build({ language: 'en' });
    expect(template.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(item(submenu(top(template, 'File')), 'Open…')?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('has a translated label for every item in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      const labels = JSON.stringify(
        build({
          language,
          platform: 'darwin',
          isPackaged: false,
          recent: [{ id: 'r', title: 'Oud', fileName: 'oud.koers', missing: true }],
        }).template,
      );
      // An i18n key without a text comes back as the key itself.
      expect(labels, language).not.toMatch(/"menu\./);
    }
  });
});
