/** The modifier key's name as the user's keyboard shows it. */
export const modKeyLabel = (): string =>
  /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';
