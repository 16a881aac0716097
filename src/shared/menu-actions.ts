// The one main→renderer message of the Electron shell: the application menu (and a file opened
// from the operating system) tells the renderer what the user asked for. It travels as a plain
// string over the `koers:menu` channel, so the preload has nothing to validate but its type.
// The renderer subscribes with `window.koersMenu.onAction(cb)` and parses with parseMenuAction.

export const MENU_CHANNEL = 'koers:menu';

export type MenuAction =
  /** Bestand › Nieuw traject: show the "new engagement" form. */
  | { kind: 'new' }
  /** Bestand › Openen…: call `shell:openDialog` and show what it opened. */
  | { kind: 'open' }
  /** Bestand › Opslaan als…: call `shell:saveAsDialog` for the engagement on screen. */
  | { kind: 'saveAs' }
  /** Bestand › Sluiten: close the engagement on screen and go home. */
  | { kind: 'close' }
  /** Help › Over Koers. */
  | { kind: 'about' }
  /** Bestand › Recent geopend › …: call `engagement:openRecent` with this id. */
  | { kind: 'openRecent'; recentId: string }
  /** The shell opened a file itself (double-click, second launch): show this engagement. */
  | { kind: 'opened'; engagementId: string };

const SIMPLE = ['new', 'open', 'saveAs', 'close', 'about'] as const;
const WITH_ARGUMENT = ['openRecent', 'opened'] as const;

export const formatMenuAction = (action: MenuAction): string => {
  switch (action.kind) {
    case 'openRecent':
      return `openRecent:${action.recentId}`;
    case 'opened':
      return `opened:${action.engagementId}`;
    default:
      return action.kind;
  }
};

export const parseMenuAction = (text: string): MenuAction | null => {
  if ((SIMPLE as readonly string[]).includes(text)) {
    return { kind: text as (typeof SIMPLE)[number] };
  }
  const colon = text.indexOf(':');
  if (colon < 1 || colon === text.length - 1) return null;
  const kind = text.slice(0, colon);
  const argument = text.slice(colon + 1);
  if (!(WITH_ARGUMENT as readonly string[]).includes(kind) || argument.length > 100) return null;
  return kind === 'openRecent'
    ? { kind: 'openRecent', recentId: argument }
    : { kind: 'opened', engagementId: argument };
};
