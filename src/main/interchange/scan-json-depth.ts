import { formatPath } from './interchange-path.js';

/**
 * How deep arrays and objects may nest in an interchange file. Koers itself writes at most about
 * ten levels (the method content is the deepest); the bound keeps every later walk over the
 * parsed value, and JSON.parse itself, small and fast.
 */
export const INTERCHANGE_MAX_DEPTH = 64;

interface Level {
  /** '[' or '{'. */
  open: number;
  /** Index of the current element of an array. */
  index: number;
  /** Raw text of the last key of an object, quotes included; '' before the first. */
  key: string;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
const COLON = 0x3a;

function pathOf(levels: readonly Level[]): string {
  const parts: PropertyKey[] = [];
  for (const level of levels) {
    if (level.open === OPEN_ARRAY) parts.push(level.index);
    else if (level.key) {
      try {
        parts.push(String(JSON.parse(level.key)));
      } catch {
        parts.push(level.key);
      }
    }
  }
  return formatPath(parts);
}

/**
 * One pass over the text, before JSON.parse: where arrays and objects nest deeper than `max`,
 * the JSON path of the value that opens one level too many; undefined when they never do.
 * Brackets inside strings do not count. Syntax errors are left to JSON.parse: the scan only
 * has to be right for valid JSON, and must stay linear (and shallow) for anything else.
 */
export function findTooDeep(
  text: string,
  max = INTERCHANGE_MAX_DEPTH,
): { path: string } | undefined {
  const levels: Level[] = [];
  let lastString = '';
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      for (i++; i < length; i++) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i++;
        else if (s === QUOTE) break;
      }
      // Only keys need the text, and keys are short; a long value is never sliced.
      lastString = i - start < 1024 ? text.slice(start, i + 1) : '';
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (levels.length === max) return { path: pathOf(levels) };
      levels.push({ open: c, index: 0, key: '' });
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      levels.pop();
    } else if (c === COMMA) {
      const top = levels[levels.length - 1];
      if (top) top.index++;
    } else if (c === COLON) {
      const top = levels[levels.length - 1];
      if (top) top.key = lastString;
    }
  }
  return undefined;
}
