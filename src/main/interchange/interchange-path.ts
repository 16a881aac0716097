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

/**
 * The first forbidden key anywhere in a parsed JSON value. JSON.parse makes "__proto__" an own
 * property, harmless by itself, but any later spread or Object.assign of that object would set
 * a prototype; such a file was not written by Koers, so it is refused outright. Iterative, so a
 * deeply nested file cannot overflow the stack.
 */
export function findForbiddenKey(value: unknown): { path: string; key: string } | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(current);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return { path: formatPath([...path, key]), key };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}
