import { describe, expect, it } from 'vitest';
import { formatMenuAction, parseMenuAction, type MenuAction } from './menu-actions.js';

describe('menu actions', () => {
  const actions: MenuAction[] = [
    { kind: 'new' },
    { kind: 'open' },
    { kind: 'saveAs' },
    { kind: 'close' },
    { kind: 'about' },
    { kind: 'openRecent', recentId: 'abc-123' },
    { kind: 'opened', engagementId: '3f1c1d52-7b0e-4c51-9d0e-0a6f1f0f6a11' },
  ];

  it.each(actions)('survives the trip as a string: %j', (action) => {
    expect(parseMenuAction(formatMenuAction(action))).toEqual(action);
  });

  it.each([
    '',
    'delete',
    'openRecent',
    'openRecent:',
    ':x',
    'quit:now',
    `opened:${'x'.repeat(101)}`,
  ])('refuses %j', (text) => {
    expect(parseMenuAction(text)).toBeNull();
  });
});
