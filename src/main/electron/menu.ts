import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/common.js';
import type { MenuAction } from '../../shared/menu-actions.js';
import { shellTexts } from './shell-texts.js';

// The application menu as a pure function of its inputs, so its labels and shortcuts are
// tested without Electron. Items that concern an engagement do not act here: they send one
// MenuAction to the renderer, which knows which engagement is on screen and calls the
// contract like any button would. Labels come from the i18n namespace `shell`.

export interface RecentMenuEntry {
  id: string;
  title: string;
  fileName: string;
  missing: boolean;
}

export interface MenuInput {
  language: Language;
  platform: NodeJS.Platform;
  isPackaged: boolean;
  recent: readonly RecentMenuEntry[];
  onAction: (action: MenuAction) => void;
}

/** More would make the submenu a list to scroll; the home page shows the full list. */
export const RECENT_MENU_LIMIT = 10;

export const buildMenuTemplate = ({
  language,
  platform,
  isPackaged,
  recent,
  onAction,
}: MenuInput): MenuItemConstructorOptions[] => {
  const t = shellTexts(language);
  const l = (key: string, values?: Record<string, string>): string => t(`menu.${key}`, values);
  const mac = platform === 'darwin';
  const send = (action: MenuAction) => () => onAction(action);

  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: l('noRecent'), enabled: false }]
      : recent.slice(0, RECENT_MENU_LIMIT).map((entry) => ({
          label: entry.missing
            ? l('recentMissing', { title: entry.title || entry.fileName })
            : entry.title || entry.fileName,
          sublabel: entry.fileName,
          click: send({ kind: 'openRecent', recentId: entry.id }),
        }));

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Koers',
          submenu: [
            { label: l('about'), click: send({ kind: 'about' }) },
            { type: 'separator' },
            { role: 'services', label: l('services') },
            { type: 'separator' },
            { role: 'hide', label: l('hide'), accelerator: 'Command+H' },
            { role: 'hideOthers', label: l('hideOthers'), accelerator: 'Command+Alt+H' },
            { role: 'unhide', label: l('showAll') },
            { type: 'separator' },
            { role: 'quit', label: l('quit'), accelerator: 'Command+Q' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: l('file'),
    submenu: [
      { label: l('new'), accelerator: 'CmdOrCtrl+N', click: send({ kind: 'new' }) },
      { label: l('open'), accelerator: 'CmdOrCtrl+O', click: send({ kind: 'open' }) },
      { label: l('recent'), submenu: recentItems },
      { type: 'separator' },
      { label: l('saveAs'), accelerator: 'CmdOrCtrl+Shift+S', click: send({ kind: 'saveAs' }) },
      { label: l('close'), accelerator: 'CmdOrCtrl+W', click: send({ kind: 'close' }) },
      // On macOS quitting lives in the app menu, where users look for it.
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { role: 'quit', label: l('quit'), accelerator: 'Ctrl+Q' },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: l('edit'),
    submenu: [
      { role: 'undo', label: l('undo'), accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: l('redo'), accelerator: mac ? 'Shift+Command+Z' : 'Ctrl+Y' },
      { type: 'separator' },
      { role: 'cut', label: l('cut'), accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: l('copy'), accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: l('paste'), accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: l('selectAll'), accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: l('view'),
    submenu: [
      { role: 'zoomIn', label: l('zoomIn'), accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: l('zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: l('resetZoom'), accelerator: 'CmdOrCtrl+0' },
      { type: 'separator' },
      {
        role: 'togglefullscreen',
        label: l('fullScreen'),
        accelerator: mac ? 'Ctrl+Command+F' : 'F11',
      },
      // A packaged app gives consultants no door into the renderer's internals.
      ...(isPackaged
        ? []
        : ([
            { type: 'separator' },
            { role: 'forceReload', label: l('reload'), accelerator: 'CmdOrCtrl+Shift+R' },
            { role: 'toggleDevTools', label: l('devTools'), accelerator: 'CmdOrCtrl+Shift+I' },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: l('help'),
    role: 'help',
    submenu: [{ label: l('about'), click: send({ kind: 'about' }) }],
  };

  return [...appMenu, file, edit, view, help];
};
