import { describe, expect, it } from 'vitest';
import { parsePort } from './serve-args.js';

describe('parsePort', () => {
  it('defaults to 0 (a free port) without --port', () => {
    expect(parsePort([])).toBe(0);
  });
  it('reads --port N', () => {
    expect(parsePort(['--port', '4173'])).toBe(4173);
  });
  it('refuses a missing, empty, fractional or out-of-range port with a Dutch message', () => {
    for (const argv of [
      ['--port'],
      ['--port', ''],
      ['--port', '80.5'],
      ['--port', '70000'],
      ['--port', 'abc'],
    ]) {
      const result = parsePort(argv);
      expect(result).toBeInstanceOf(Error);
      expect((result as Error).message).toContain('Ongeldige poort');
    }
  });
});
