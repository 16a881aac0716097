import { describe, expect, it } from 'vitest';
import { parseCli, stringsOption } from './cli-args.js';

describe('parseCli', () => {
  it('finds the command and its options wherever they stand', () => {
    const parsed = parseCli(
      ['--lang', 'en', 'new', 'x', '--client', 'info', '--consultant', 'A', '--consultant', 'B'],
      {},
    );
    expect(parsed).toMatchObject({
      kind: 'command',
      command: 'new',
      language: 'en',
      positionals: ['x'],
    });
    if (parsed.kind !== 'command') throw new Error(parsed.kind);
    expect(parsed.values['client']).toBe('info');
    expect(stringsOption(parsed.values, 'consultant')).toEqual(['A', 'B']);
  });

  it('takes the language from KOERS_LANG, with --lang winning', () => {
    expect(parseCli(['verify', 'x'], { KOERS_LANG: 'en_GB.UTF-8' }).language).toBe('en');
    expect(parseCli(['verify', 'x'], { KOERS_LANG: 'fr' }).language).toBe('nl');
    expect(parseCli(['verify', 'x', '--lang', 'nl'], { KOERS_LANG: 'en' }).language).toBe('nl');
  });

  it('only accepts the options of the command itself', () => {
    expect(parseCli(['verify', 'x', '--recursive'], {}).kind).toBe('command');
    const refused = parseCli(['info', 'x', '--recursive'], {});
    expect(refused).toMatchObject({ kind: 'usage-error', lines: ['Onbekende optie --recursive.'] });
    expect(parseCli(['info', 'x', '--json=ja'], {})).toMatchObject({
      kind: 'usage-error',
      lines: ['De optie --json neemt geen waarde.'],
    });
  });

  it('routes help to the general or the command help', () => {
    expect(parseCli(['-h'], {})).toMatchObject({ kind: 'help' });
    const perCommand = parseCli(['demo', '--help'], { KOERS_LANG: 'en' });
    expect(perCommand.kind === 'help' && perCommand.text.startsWith('Usage: koers demo')).toBe(
      true,
    );
    const viaHelp = parseCli(['help', 'info'], {});
    expect(viaHelp.kind === 'help' && viaHelp.text.startsWith('Gebruik: koers info')).toBe(true);
  });
});
