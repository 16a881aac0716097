import { describe, expect, it } from 'vitest';
import { cliMessages, COMMANDS, formatBytes } from './cli-messages.js';

describe('cli messages', () => {
  it('formats sizes the Dutch and the English way', () => {
    expect(formatBytes('nl', 512)).toBe('512 bytes');
    expect(formatBytes('nl', 94208)).toBe('94.208 bytes (92 KB)');
    expect(formatBytes('en', 1572864)).toBe('1,572,864 bytes (1.5 MB)');
  });

  it('has help for every command in both languages', () => {
    for (const language of ['nl', 'en'] as const) {
      for (const command of COMMANDS)
        expect(cliMessages[language].help[command]).toContain(`koers ${command}`);
    }
  });
});
