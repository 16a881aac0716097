import { expect } from 'vitest';

// Comparing two Word files made the two ways a builder can write its body: docx objects and
// WordprocessingML text (word-raw.ts, word-raw-table.ts).

/**
 * docx numbers bookmarks and drawings with counters that run on through a process: numbered
 * from 1 in order of appearance, two builds can be compared.
 */
export function renumbered(xml: string): string {
  const ids = new Map<string, number>();
  const id = (kind: string, n: string) => {
    const key = `${kind}${n}`;
    if (!ids.has(key)) ids.set(key, ids.size + 1);
    return ids.get(key) ?? 0;
  };
  return xml
    .replace(/_Toc(\d+)/g, (_, n: string) => `_Toc${id('toc', n)}`)
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*?w:id=")(\d+)"/g,
      (_, head: string, n: string) => `${head}${id('bookmark', n)}"`,
    )
    .replace(
      /(<wp:docPr id=")(\d+)"/g,
      (_, head: string, n: string) => `${head}${id('docPr', n)}"`,
    );
}

/** Same XML, and where not, a short view of the first difference rather than 40 MB of diff. */
export function expectSameXml(actual: string, expected: string, label: string): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  expect(actual.slice(Math.max(0, i - 200), i + 200), `${label} differs at ${i}`).toBe(
    expected.slice(Math.max(0, i - 200), i + 200),
  );
  expect(actual.length, label).toBe(expected.length);
}
