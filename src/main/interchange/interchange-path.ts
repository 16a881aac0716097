/** ['findings', 3, 'source', 'interviewId'] → "findings[3].source.interviewId". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${out ? '.' : ''}${key}`
        : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

const FORBIDDEN_KEYS = new Set(['__proto__']);

/** In unicode mode a well-formed pair is one code point, so only a lone half matches. */
const LONE_SURROGATE = /\p{Cs}/u;

/** A path as a chain to the root, so a wide or deep value never copies its path per element. */
interface PathNode {
  parent: PathNode | undefined;
  part: PropertyKey;
}

function pathOf(node: PathNode | undefined, last?: PropertyKey): string {
  const parts: PropertyKey[] = last === undefined ? [] : [last];
  for (let at = node; at; at = at.parent) parts.push(at.part);
  return formatPath(parts.reverse());
}

export type JsonValueProblem =
  { kind: 'forbiddenKey'; path: string; key: string } | { kind: 'badText'; path: string };

/**
 * The first problem anywhere in a parsed JSON value that no schema sees:
 * - a forbidden key. JSON.parse makes "__proto__" an own property, harmless by itself, but any
 *   later spread or Object.assign of that object would set a prototype; such a file was not
 *   written by Koers, so it is refused outright.
 * - a string or key with half a UTF-16 surrogate pair ("\ud800" in the JSON): it is no text,
 *   and SQLite and Word would silently turn it into U+FFFD.
 * Iterative, so a deeply nested value cannot overflow the stack.
 */
export function findJsonValueProblem(value: unknown): JsonValueProblem | undefined {
  const stack: { value: unknown; at: PathNode | undefined }[] = [{ value, at: undefined }];
  while (stack.length > 0) {
    const { value: current, at } = stack.pop()!;
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) return { kind: 'badText', path: pathOf(at) };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], at: { parent: at, part: i } });
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbiddenKey', path: pathOf(at, key), key };
      if (LONE_SURROGATE.test(key)) return { kind: 'badText', path: pathOf(at, key) };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({
        value: (current as Record<string, unknown>)[key],
        at: { parent: at, part: key },
      });
    }
  }
  return undefined;
}
